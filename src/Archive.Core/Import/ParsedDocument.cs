using Archive.Core.Documents;

namespace Archive.Core.Import;

/// <summary>
/// What the importer read from one text. A field it could not determine stays null and a
/// <see cref="ImportWarning"/> says so; nothing is guessed.
/// </summary>
public sealed record ParsedDocument
{
    public DocumentKind Kind { get; init; }
    public string? Title { get; init; }

    public DateOnly? DeliveredOn { get; init; }
    public DateOnly? WrittenOn { get; init; }
    public DateOnly? DistributedOn { get; init; }
    public DateOnly? PublishedOn { get; init; }

    /// <summary>The main date: distributed, else delivered, else written, else published.</summary>
    public DateOnly? Date => DistributedOn ?? DeliveredOn ?? WrittenOn ?? PublishedOn;

    /// <summary>Organs in the order the document names them; the first is the primary one.</summary>
    public IReadOnlyList<ParsedOrgan> Organs { get; init; } = [];
    public string? Event { get; init; }
    public string? Author { get; init; }
    public string? Country { get; init; }
    public string? Addressee { get; init; }
    public string? Place { get; init; }
    public string? ReferenceNumber { get; init; }
    public string? Symbol { get; init; }
    public string? Language { get; init; }
    public string? Source { get; init; }

    public IReadOnlyList<ParsedSpeaker> Speakers { get; init; } = [];
    public IReadOnlyList<ParsedAgendaItem> AgendaItems { get; init; } = [];
    public IReadOnlyList<string> CitedSymbols { get; init; } = [];
    public IReadOnlyList<ParsedResolution> Resolutions { get; init; } = [];

    /// <summary>The text as Markdown, without letterhead, addresses, phone lines and page-break debris.</summary>
    public string Body { get; init; } = "";

    public IReadOnlyList<ImportWarning> Warnings { get; init; } = [];

    /// <summary>For each field that was filled, the words it was read from and the rule that chose them.</summary>
    public IReadOnlyList<FieldEvidence> Evidence { get; init; } = [];
}

/// <param name="Name">Canonical organ name, e.g. "General Assembly", "Security Council".</param>
/// <param name="Session">Session number (the year number for the Security Council), when stated.</param>
public sealed record ParsedOrgan(string Name, int? Session);

/// <param name="Name">The name as written, honorifics removed ("Tofiq F. Musayev").</param>
/// <param name="Role">The role held in this document, lines joined ("Ambassador, Permanent Representative").</param>
public sealed record ParsedSpeaker(string Name, string? Role, SpeakerCapacity Capacity);

/// <param name="SubItem">Letter of a sub-item ("b" in "68 (b)"), or empty.</param>
public sealed record ParsedAgendaItem(string Organ, int? Session, int Number, string SubItem, string? Title);

/// <param name="Organ">The organ when the citation names it ("Security Council" for S/RES/822), else null.</param>
public sealed record ParsedResolution(int Number, int? Year, string? Organ);

/// <param name="Field">The field concerned ("date", "speaker", …) or "file" for the text as a whole.</param>
public sealed record ImportWarning(string Field, string Message);
