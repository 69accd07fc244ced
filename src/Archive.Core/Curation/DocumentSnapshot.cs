using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Documents;

namespace Archive.Core.Curation;

/// <summary>
/// Everything an archivist can change about a document, as one value: what a revision stores (as JSON), what an edit
/// proposes, and what a restore brings back. Speakers and agenda items are kept by name, so a snapshot still reads
/// after the records it named were merged or renamed.
/// </summary>
public sealed record DocumentSnapshot
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public DocumentKind Kind { get; init; }
    public string? Title { get; init; }
    public DateOnly? DeliveredOn { get; init; }
    public DateOnly? WrittenOn { get; init; }
    public DateOnly? DistributedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }
    public string? Event { get; init; }
    public string? Author { get; init; }
    public string? Country { get; init; }
    public string? Addressee { get; init; }
    public string? Place { get; init; }
    public string? ReferenceNumber { get; init; }
    public string? Symbol { get; init; }
    public string? Language { get; init; }
    public string? Source { get; init; }
    public string Body { get; init; } = "";
    public IReadOnlyList<SpeakerEntry> Speakers { get; init; } = [];
    public IReadOnlyList<AgendaEntry> AgendaItems { get; init; } = [];

    /// <summary>The organs in order, each with its session; null in revisions saved before organs were editable (left as they are).</summary>
    public IReadOnlyList<OrganEntry>? Organs { get; init; }

    /// <summary>The main date, by the importer's rule: distributed, else delivered, else dated, else published.</summary>
    public DateOnly? Date => DistributedOn ?? DeliveredOn ?? WrittenOn ?? PublishedOn;

    /// <summary>The document as it stands; its speaker and agenda links (with each item's organ) must be loaded.</summary>
    public static DocumentSnapshot Of(Document d) => new()
    {
        Kind = d.Kind, Title = d.Title, DeliveredOn = d.DeliveredOn, WrittenOn = d.WrittenOn, DistributedOn = d.DistributedOn,
        PublishedOn = d.PublishedOn, Event = d.Event, Author = d.Author, Country = d.Country, Addressee = d.Addressee,
        Place = d.Place, ReferenceNumber = d.ReferenceNumber, Symbol = d.Symbol, Language = d.Language, Source = d.Source,
        Body = d.Body,
        Speakers = [.. d.Speakers.OrderBy(s => s.Position).Select(s => new SpeakerEntry(s.SpellingUsed, s.Role, s.Capacity, s.SpeakerId))],
        AgendaItems = [.. d.AgendaItems.OrderBy(a => a.Position).Select(a => AgendaEntry.Of(a.AgendaItem))],
        Organs = [.. d.Organs.OrderBy(o => o.Position).Select(o => new OrganEntry(o.Organ.Name, o.Session))],
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DocumentSnapshot FromJson(string json) => JsonSerializer.Deserialize<DocumentSnapshot>(json, Json)
        ?? throw new InvalidDataException("A revision holds no snapshot.");

    /// <summary>Blank fields as null and surrounding space trimmed, so "" and null never count as a change.</summary>
    public DocumentSnapshot Normalised() => this with
    {
        Title = Clean(Title), Event = Clean(Event), Author = Clean(Author), Country = Clean(Country), Addressee = Clean(Addressee),
        Place = Clean(Place), ReferenceNumber = Clean(ReferenceNumber), Symbol = Clean(Symbol), Language = Clean(Language),
        Source = Clean(Source), Body = Body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
        Speakers = [.. Speakers.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s => s with { Name = s.Name.Trim(), Role = Clean(s.Role) })],
        AgendaItems = [.. AgendaItems.Where(a => !string.IsNullOrWhiteSpace(a.Organ)).Select(a => a with { Organ = a.Organ.Trim(), SubItem = (a.SubItem ?? "").Trim().ToLowerInvariant(), Title = Clean(a.Title) })],
        Organs = Organs is null ? null : [.. Organs.Where(o => !string.IsNullOrWhiteSpace(o.Name)).Select(o => o with { Name = o.Name.Trim() }).DistinctBy(o => o.Name)],
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <param name="Name">The spelling the document uses.</param>
/// <param name="SpeakerId">The person chosen, or null to find one by the spelling (or create one).</param>
public sealed record SpeakerEntry(string Name, string? Role, SpeakerCapacity Capacity, int? SpeakerId = null)
{
    public override string ToString() => Name + (Role is null ? "" : $" ({Role})") + (Capacity == SpeakerCapacity.Signatory ? ", signed" : "");
}

/// <param name="Title">The item's title when it is new; an existing item keeps its own (rename it separately).</param>
public sealed record AgendaEntry(string Organ, int? Session, int Number, string SubItem, string? Title)
{
    public static AgendaEntry Of(AgendaItem item) => new(item.Organ.Name, item.Session, item.Number, item.SubItem, item.Title);

    /// <summary>What identifies the item: organ, session, number and sub-item.</summary>
    public string Key => $"{Organ}|{Session}|{Number}|{SubItem}";

    public override string ToString() =>
        $"{Organ}{(Session is int s ? $", session {s}" : "")}, item {Number}{(SubItem.Length > 0 ? $" ({SubItem})" : "")}" + (Title is null ? "" : $": {Title}");
}

/// <param name="Session">The session number (the year for the Security Council), when known.</param>
public sealed record OrganEntry(string Name, int? Session)
{
    public override string ToString() => Name + (Session is int s ? $", session {s}" : "");
}
