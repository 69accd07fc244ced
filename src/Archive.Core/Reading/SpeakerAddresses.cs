using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Reading;

/// <summary>Speaker addresses made from other spellings of a person ("/speakers/tofig-musayev" for Tofiq F. Musayev).</summary>
public static class SpeakerAddresses
{
    /// <summary>
    /// The slug of the one person with a recorded spelling whose address is <paramref name="slug"/>; null when none or
    /// several do. Spellings are found through the indexed surname key, so no table is read whole.
    /// </summary>
    public static async Task<string?> SpellingOwnerAsync(this ArchiveDb db, string slug, CancellationToken ct)
    {
        var surname = SpeakerRecords.SurnameOf(PersonName.MatchKey(slug.Replace('-', ' ')));
        if (surname.Length == 0)
            return null;
        var aliases = await db.SpeakerAliases.Where(a => a.SurnameKey == surname)
            .Join(db.Speakers, a => a.SpeakerId, s => s.Id, (a, s) => new { a.Spelling, s.Slug }).ToListAsync(ct);
        var owners = aliases.Where(a => Slugs.From(a.Spelling) == slug).Select(a => a.Slug).Distinct().ToList();
        return owners.Count == 1 && owners[0] != slug ? owners[0] : null;
    }
}
