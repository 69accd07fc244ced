using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// The organs, agenda items and speakers a bulk import links to, read once from the store and kept in memory, so a batch
/// of documents needs no query per link. Records added by a batch not yet committed are pending; after a failed batch the
/// catalog is read again, so nothing rolled back is linked later.
/// </summary>
internal sealed class BulkCatalog
{
    private readonly Dictionary<string, Organ> _organs = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Organ, int? Session, int Number, string SubItem), AgendaItem> _agendaItems = [];
    private readonly Dictionary<string, List<Speaker>> _byMatchKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Speaker Speaker, string Spelling)>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<(string MatchKey, string Country), Speaker> _surnameInCountry = [];
    private readonly Dictionary<Speaker, HashSet<string>> _spellings = [];
    private readonly HashSet<string> _speakerSlugs = new(StringComparer.Ordinal);

    public static async Task<BulkCatalog> LoadAsync(ArchiveDb db, CancellationToken ct)
    {
        var catalog = new BulkCatalog();
        foreach (var organ in await db.Organs.AsNoTracking().ToListAsync(ct))
            catalog._organs[organ.Name] = organ;
        var organNames = catalog._organs.Values.ToDictionary(o => o.Id, o => o.Name);
        foreach (var item in await db.AgendaItems.AsNoTracking().ToListAsync(ct))
            catalog._agendaItems[(organNames[item.OrganId], item.Session, item.Number, item.SubItem)] = item;
        var speakers = await db.Speakers.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        foreach (var speaker in speakers.Values)
        {
            catalog._speakerSlugs.Add(speaker.Slug);
            catalog._spellings[speaker] = new HashSet<string>(StringComparer.Ordinal);
        }
        foreach (var alias in await db.SpeakerAliases.AsNoTracking().ToListAsync(ct))
            catalog.Remember(speakers[alias.SpeakerId], alias.Spelling, alias.MatchKey, alias.SurnameKey);
        // A surname alone names the same person only within one State's documents (see SpeakerFor).
        var surnameLinks = await db.Set<DocumentSpeaker>().IgnoreQueryFilters()
            .Where(l => !l.Speaker.Aliases.Any(a => a.MatchKey.Contains(" ")) && l.Document.Country != null)
            .Select(l => new { l.SpeakerId, l.Document.Country }).Distinct().ToListAsync(ct);
        foreach (var link in surnameLinks)
        {
            foreach (var key in catalog._spellings[speakers[link.SpeakerId]].Select(PersonName.MatchKey).Distinct())
                catalog._surnameInCountry.TryAdd((key, link.Country!), speakers[link.SpeakerId]);
        }
        return catalog;
    }

    /// <summary>The organ of this name, stored or added to <paramref name="db"/> in the current batch.</summary>
    public Organ OrganFor(ArchiveDb db, string name)
    {
        if (!_organs.TryGetValue(name, out var organ))
        {
            organ = new Organ { Name = name, Slug = Slugs.From(name, 80), SessionTerm = OrganNames.SessionTerm(name) };
            db.Organs.Add(organ);
            _organs[name] = organ;
        }
        return organ;
    }

    public AgendaItem AgendaItemFor(ArchiveDb db, ParsedAgendaItem parsed)
    {
        var key = (parsed.Organ, parsed.Session, parsed.Number, parsed.SubItem);
        if (!_agendaItems.TryGetValue(key, out var item))
        {
            var organ = OrganFor(db, parsed.Organ);
            item = new AgendaItem { Session = parsed.Session, Number = parsed.Number, SubItem = parsed.SubItem, Title = parsed.Title };
            if (organ.Id != 0)
                item.OrganId = organ.Id;
            else
                item.Organ = organ;
            db.AgendaItems.Add(item);
            _agendaItems[key] = item;
        }
        return item;
    }

    /// <summary>
    /// The person a spelling names, as the loader decides it, from memory: one stored or added with the same folded name,
    /// else (for a name the parser read) the single one whose name is a known variant of it, else a new one. A surname alone ("Mr. GROMYKO") is the same
    /// person only for the same State: the corpus's early rows give surnames, and two delegations' "Mr. ALI" are not one man.
    /// </summary>
    /// <param name="fromSidecar">A sidecar's name in capitals ("Mr. Krishna MENON") is shown as a name ("Krishna Menon").</param>
    public Speaker SpeakerFor(ArchiveDb db, string spelling, string? country, List<ImportWarning> warnings, bool fromSidecar)
    {
        var key = PersonName.MatchKey(spelling);
        var surname = SpeakerRecords.SurnameOf(key);
        Speaker? found = null;
        if (SpeakerRecords.IsSurnameOnly(key))
        {
            if (country is not null)
                _surnameInCountry.TryGetValue((key, country), out found);
        }
        else if (_byMatchKey.TryGetValue(key, out var exact))
        {
            found = exact[0];
        }
        else if (!fromSidecar)
        {
            // A sidecar's spellings are the sheet's own and stay apart unless equal once folded: the loader's variant
            // rule would make one person of Kuwait's "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah" and "Sheikh Al-Sabah".
            var variants = _bySurname.GetValueOrDefault(surname)?.Where(c => c.Spelling.Contains(' ', StringComparison.Ordinal)
                && PersonName.AreSamePerson(c.Spelling, spelling)).Select(c => c.Speaker).Distinct().ToList() ?? [];
            if (variants.Count == 1)
            {
                found = variants[0];
                warnings.Add(new ImportWarning("speaker", $"\"{spelling}\" was taken as another spelling of {found.Name}, already in the archive."));
            }
            else if (variants.Count > 1)
            {
                warnings.Add(new ImportWarning("speaker", $"\"{spelling}\" could be any of {variants.Count} people in the archive; stored as a new person."));
            }
        }

        if (found is null)
        {
            var name = fromSidecar ? UngdcProfile.Display(spelling) : spelling;
            found = new Speaker { Name = name, Slug = FreeSlug(name) };
            _spellings[found] = new HashSet<string>(StringComparer.Ordinal);
            db.Speakers.Add(found);
        }
        if (!_spellings[found].Contains(spelling))
        {
            var alias = new SpeakerAlias { Spelling = spelling, MatchKey = key, SurnameKey = surname };
            if (found.Id != 0)
            {
                alias.SpeakerId = found.Id;
                db.SpeakerAliases.Add(alias);
            }
            else
            {
                found.Aliases.Add(alias);
            }
            Remember(found, spelling, key, surname);
        }
        if (SpeakerRecords.IsSurnameOnly(key) && country is not null)
            _surnameInCountry.TryAdd((key, country), found);
        return found;
    }

    private void Remember(Speaker speaker, string spelling, string matchKey, string surnameKey)
    {
        if (!_spellings.TryGetValue(speaker, out var spellings))
            _spellings[speaker] = spellings = new HashSet<string>(StringComparer.Ordinal);
        spellings.Add(spelling);
        if (!_byMatchKey.TryGetValue(matchKey, out var list))
            _byMatchKey[matchKey] = list = [];
        if (!list.Contains(speaker))
            list.Add(speaker);
        if (!_bySurname.TryGetValue(surnameKey, out var people))
            _bySurname[surnameKey] = people = [];
        people.Add((speaker, spelling));
    }

    private string FreeSlug(string name)
    {
        var stem = Slugs.From(name, 80);
        if (stem.Length == 0)
            stem = "speaker";
        var slug = stem;
        for (var n = 2; _speakerSlugs.Contains(slug); n++)
            slug = $"{stem}-{n}";
        _speakerSlugs.Add(slug);
        return slug;
    }
}
