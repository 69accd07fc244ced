using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Curation;

/// <summary>Finds the person a typed name means, and suggests existing people (under any spelling) before a new one is made.</summary>
public sealed class SpeakerDirectory(ArchiveDb db)
{
    private const int MaxSuggestions = 12;

    /// <summary>
    /// People whose spellings share the name's surname or are a known variant of it, or whose spelling contains the
    /// typed text; each with every spelling on record.
    /// </summary>
    public async Task<IReadOnlyList<SpeakerSuggestion>> SuggestAsync(string? name, CancellationToken ct)
    {
        var key = PersonName.MatchKey(name);
        if (key.Length == 0)
            return [];
        var surname = SurnameOf(key);
        var ids = await db.SpeakerAliases
            .Where(a => a.SurnameKey == surname || a.MatchKey.Contains(key))
            .Select(a => a.SpeakerId).Distinct().Take(MaxSuggestions).ToListAsync(ct);
        var speakers = await db.Speakers.AsNoTracking().Include(s => s.Aliases).Where(s => ids.Contains(s.Id)).ToListAsync(ct);
        return [.. speakers
            .OrderByDescending(s => s.Aliases.Any(a => a.MatchKey == key || PersonName.AreSamePerson(a.Spelling, name)))
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => new SpeakerSuggestion(s.Id, s.Name, s.Slug, [.. s.Aliases.Select(a => a.Spelling).Order(StringComparer.Ordinal)],
                s.Aliases.Any(a => a.MatchKey == key || PersonName.AreSamePerson(a.Spelling, name))))];
    }

    /// <summary>
    /// The person for this entry: the one chosen by id, else the one with this folded spelling, else the single
    /// person whose spelling is a known variant, else a new person (added to the unit of work, not saved).
    /// A spelling not yet on record is added to the person's aliases.
    /// </summary>
    public async Task<Speaker> ResolveAsync(SpeakerEntry entry, CancellationToken ct)
    {
        var key = PersonName.MatchKey(entry.Name);
        var surname = SurnameOf(key);
        Speaker? speaker = null;
        if (entry.SpeakerId is int chosen)
            speaker = await db.Speakers.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Id == chosen, ct);
        if (speaker is null && key.Length > 0)
        {
            var candidates = await db.SpeakerAliases.Where(a => a.SurnameKey == surname).ToListAsync(ct);
            var exact = candidates.FirstOrDefault(a => a.MatchKey == key);
            var variants = candidates.Where(a => PersonName.AreSamePerson(a.Spelling, entry.Name)).Select(a => a.SpeakerId).Distinct().ToList();
            if ((exact?.SpeakerId ?? (variants.Count == 1 ? variants[0] : null)) is int found)
                speaker = await db.Speakers.Include(s => s.Aliases).FirstAsync(s => s.Id == found, ct);
        }
        speaker ??= db.Speakers.Local.FirstOrDefault(s => s.Id == 0 && s.Aliases.Any(a => a.MatchKey == key));
        if (speaker is null)
        {
            speaker = new Speaker { Name = entry.Name, Slug = await FreeSlugAsync(entry.Name, ct) };
            db.Speakers.Add(speaker);
        }
        if (!speaker.Aliases.Any(a => a.Spelling == entry.Name))
            speaker.Aliases.Add(new SpeakerAlias { Spelling = entry.Name, MatchKey = key, SurnameKey = surname });
        return speaker;
    }

    internal static string SurnameOf(string matchKey) => SpeakerRecords.SurnameOf(matchKey);

    internal Task<string> FreeSlugAsync(string name, CancellationToken ct) => SpeakerRecords.FreeSlugAsync(db, name, ct);
}

/// <param name="Likely">A spelling is the same name or a known variant of it, not just the same surname.</param>
public sealed record SpeakerSuggestion(int Id, string Name, string Slug, IReadOnlyList<string> Spellings, bool Likely)
{
    /// <summary>"Tofiq F. Musayev (also spelt Tofig Musayev): likely the same person".</summary>
    public string Label => Name
        + (Spellings.Any(s => s != Name) ? $" (also spelt {string.Join(", ", Spellings.Where(s => s != Name))})" : "")
        + (Likely ? ": likely the same person" : "");
}
