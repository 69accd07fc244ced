using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Reading;

/// <summary>A speaker in the A–Z index: sorted and lettered by surname (the last word of the name as the documents print it).</summary>
public sealed record SpeakerIndexRow(string Name, string Slug, string Surname, string Letter, int Count)
{
    /// <summary>The name as an index prints it: "Musayev, Tofiq F.".</summary>
    public string IndexName => Name.Length > Surname.Length && Name.EndsWith(Surname, StringComparison.Ordinal)
        ? Surname + ", " + Name[..^Surname.Length].TrimEnd()
        : Name;
}

/// <summary>A spelling of the speaker's name and how many documents use it.</summary>
public sealed record SpellingRow(string Spelling, int Count);

/// <summary>Everything the speaker page shows.</summary>
public sealed record SpeakerProfile(
    string Name, string Slug, IReadOnlyList<SpellingRow> Spellings, IReadOnlyList<RoleSpan> Roles, IReadOnlyList<RelatedRow> Documents);

public static class SpeakerQueries
{
    /// <summary>Every speaker with at least one public document, by surname then full name, with their document count.</summary>
    public static async Task<IReadOnlyList<SpeakerIndexRow>> SpeakerIndexAsync(this ArchiveDb db, CancellationToken ct)
    {
        // One row per speaker with a maintained count; the surname is cut in memory, which SQL cannot do portably.
        var rows = await db.CountBySpeakerAsync(ct);
        return [.. rows
            .Select(r => new SpeakerIndexRow(r.Name, r.Slug, Surname(r.Name), Letter(Surname(r.Name)), r.Count))
            .OrderBy(r => TextFolding.ToAscii(r.Surname), StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => TextFolding.ToAscii(r.Name), StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Slug, StringComparer.Ordinal)];
    }

    /// <summary>A speaker by slug with spellings, role timeline and documents (oldest first); null when unknown or with no public document.</summary>
    public static async Task<SpeakerProfile?> SpeakerProfileAsync(this ArchiveDb db, string slug, CancellationToken ct)
    {
        var speaker = await db.Speakers.Where(s => s.Slug == slug).Select(s => new { s.Id, s.Name, s.Slug }).FirstOrDefaultAsync(ct);
        if (speaker is null)
            return null;
        var appearances = await db.DocumentSpeakers
            .Where(l => l.SpeakerId == speaker.Id)
            .OrderBy(l => l.Document.Date).ThenBy(l => l.Document.Slug).ThenBy(l => l.Position)
            .Select(l => new
            {
                l.SpellingUsed,
                l.Role,
                Mission = l.Document.Author ?? l.Document.Country,
                Row = new RelatedRow(l.Document.Slug, l.Document.Title ?? "Untitled document", l.Document.Kind, l.Document.Date, l.SpellingUsed, l.Document.Author),
            })
            .ToListAsync(ct);
        if (appearances.Count == 0)
            return null;

        var spellings = appearances.GroupBy(a => a.SpellingUsed, StringComparer.Ordinal)
            .Select(g => new SpellingRow(g.Key, g.Select(a => a.Row.Slug).Distinct().Count()))
            .OrderByDescending(s => s.Count).ThenBy(s => s.Spelling, StringComparer.Ordinal).ToList();
        var roles = RoleTimeline.Build(appearances.Select(a => new RoleEvidence(a.Role, a.Mission, a.Row)));
        var documents = appearances.Select(a => a.Row).DistinctBy(r => r.Slug)
            .OrderBy(r => r.Date is null).ThenBy(r => r.Date).ThenBy(r => r.Slug, StringComparer.Ordinal).ToList();
        return new SpeakerProfile(speaker.Name, speaker.Slug, spellings, roles, documents);
    }

    /// <summary>"Tofiq F. Musayev" → "Musayev".</summary>
    public static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    /// <summary>The index letter: the surname's first letter folded to A–Z ("Əliyev" → "A"), else "#".</summary>
    public static string Letter(string surname)
    {
        var folded = TextFolding.ToAscii(surname);
        return folded.Length > 0 && char.IsAsciiLetter(folded[0]) ? char.ToUpperInvariant(folded[0]).ToString() : "#";
    }
}
