using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import;

/// <summary>The keys and slugs a new speaker record gets, shared by the importer and the archivists' pages.</summary>
internal static class SpeakerRecords
{
    /// <summary>The last word of a folded name, which the alias index groups candidates by.</summary>
    public static string SurnameOf(string matchKey) => matchKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? matchKey;

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
