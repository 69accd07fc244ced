using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>The keys and slugs a new speaker record gets, shared by the importer and the archivists' pages.</summary>
internal static class SpeakerRecords
{
    /// <summary>The last word of a folded name, which the alias index groups candidates by.</summary>
    public static string SurnameOf(string matchKey) => matchKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? matchKey;

    /// <summary>True for a folded name of one word: "aliyev" from "Mr. Aliyev", a surname without a given name.</summary>
    public static bool IsSurnameOnly(string matchKey) => matchKey.Length > 0 && !matchKey.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// The known people with this surname and a given name who fit a document: one of their documents is from the same
    /// country, and, when the document is dated, their dated documents span a period that reaches within
    /// <see cref="PeriodMarginYears"/> years of it. No country on the document means no fit: a surname alone says too little.
    /// </summary>
    public static async Task<IReadOnlyList<int>> FittingSurnameAsync(ArchiveDb db, string surname, string? country, DateOnly? date, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(country))
            return [];
        var people = await db.SpeakerAliases.Where(a => a.SurnameKey == surname && a.MatchKey.Contains(" "))
            .Select(a => a.SpeakerId).Distinct().ToListAsync(ct);
        if (people.Count == 0)
            return [];
        var appearances = await db.Set<Documents.DocumentSpeaker>()
            .Where(l => people.Contains(l.SpeakerId) && l.Document.Country == country)
            .Select(l => new { l.SpeakerId, l.Document.Date })
            .ToListAsync(ct);
        return [.. appearances.GroupBy(a => a.SpeakerId)
            .Where(g => date is not { } d || Overlaps(g.Select(a => a.Date).OfType<DateOnly>().ToList(), d))
            .Select(g => g.Key)];
    }

    public const int PeriodMarginYears = 2;

    // A person known only from undated documents fits any date; otherwise the date must fall in their span, widened.
    private static bool Overlaps(List<DateOnly> dates, DateOnly date) =>
        dates.Count == 0 || (date >= dates.Min().AddYears(-PeriodMarginYears) && date <= dates.Max().AddYears(PeriodMarginYears));

    /// <summary>A slug no other speaker has, counting ones added but not yet saved: two people may share a name, so the second gets "-2".</summary>
    public static async Task<string> FreeSlugAsync(ArchiveDb db, string name, CancellationToken ct)
    {
        var stem = Slugs.From(name, 80);
        if (stem.Length == 0)
            stem = "speaker";
        var taken = await db.Speakers.Where(s => s.Slug == stem || s.Slug.StartsWith(stem + "-")).Select(s => s.Slug).ToListAsync(ct);
        taken.AddRange(db.Speakers.Local.Select(s => s.Slug));
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
            slug = $"{stem}-{n}";
        return slug;
    }
}
