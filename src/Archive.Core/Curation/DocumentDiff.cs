using System.Globalization;
using Archive.Core.Documents;

namespace Archive.Core.Curation;

/// <summary>What differs between two snapshots: changed fields side by side, and the body as a line diff.</summary>
public sealed record DocumentDiff(IReadOnlyList<FieldChange> Fields, IReadOnlyList<DiffLine> Body)
{
    public bool BodyChanged => Body.Any(l => l.Kind != DiffKind.Same);
    public bool IsEmpty => Fields.Count == 0 && !BodyChanged;

    /// <summary>"title, speakers, text": the names of what changed, for a revision's summary.</summary>
    public string Summary => IsEmpty ? "no change"
        : string.Join(", ", Fields.Select(f => f.Label.ToLowerInvariant()).Concat(BodyChanged ? ["text"] : []));

    public static DocumentDiff Between(DocumentSnapshot before, DocumentSnapshot after)
    {
        var fields = new List<FieldChange>();
        void Compare(string label, string? a, string? b)
        {
            if (!string.Equals(a ?? "", b ?? "", StringComparison.Ordinal))
                fields.Add(new FieldChange(label, a, b));
        }
        Compare("Kind", DocumentKinds.Label(before.Kind), DocumentKinds.Label(after.Kind));
        Compare("Title", before.Title, after.Title);
        Compare("Delivered", Day(before.DeliveredOn), Day(after.DeliveredOn));
        Compare("Dated", Day(before.WrittenOn), Day(after.WrittenOn));
        Compare("Distributed", Day(before.DistributedOn), Day(after.DistributedOn));
        Compare("Published", Day(before.PublishedOn), Day(after.PublishedOn));
        Compare("Event", before.Event, after.Event);
        Compare("Author", before.Author, after.Author);
        Compare("State", before.Country, after.Country);
        Compare("Addressee", before.Addressee, after.Addressee);
        Compare("Place", before.Place, after.Place);
        Compare("Reference", before.ReferenceNumber, after.ReferenceNumber);
        Compare("Symbol", before.Symbol, after.Symbol);
        Compare("Language", before.Language, after.Language);
        Compare("Source", before.Source, after.Source);
        if (before.Organs is not null && after.Organs is not null)
            Compare("Organs", Lines(before.Organs.Select(o => o.ToString())), Lines(after.Organs.Select(o => o.ToString())));
        Compare("Speakers", Lines(before.Speakers.Select(s => s.ToString())), Lines(after.Speakers.Select(s => s.ToString())));
        Compare("Agenda items", Lines(before.AgendaItems.Select(a => a.Key)), Lines(after.AgendaItems.Select(a => a.Key)));
        if (fields.Count > 0 && fields[^1].Label == "Agenda items")
            fields[^1] = new FieldChange("Agenda items", Lines(before.AgendaItems.Select(a => a.ToString())), Lines(after.AgendaItems.Select(a => a.ToString())));
        return new DocumentDiff(fields, TextDiff.Lines(before.Body, after.Body));
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Lines(IEnumerable<string> lines)
    {
        var joined = string.Join("\n", lines);
        return joined.Length == 0 ? null : joined;
    }
}

public sealed record FieldChange(string Label, string? Before, string? After);

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

/// <summary>One line of a text diff; <see cref="DiffKind.Same"/> lines far from any change are left out, marked by a gap.</summary>
public sealed record DiffLine(DiffKind Kind, string Text, bool GapBefore = false);
