using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Search.Engine;

/// <summary>Reads documents from the store as the index wants them, a batch of ids at a time, with five plain queries per batch.</summary>
public static class IndexSource
{
    /// <summary>The public documents among <paramref name="ids"/>; an id missing from the answer is withdrawn, a draft or gone.</summary>
    public static async Task<List<IndexedDocument>> LoadAsync(ArchiveDb db, IReadOnlyCollection<int> ids, CancellationToken ct)
    {
        var list = ids.ToList();
        var documents = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Where(d => list.Contains(d.Id) && d.WithdrawnAt == null && !d.IsDraft)
            .Select(d => new { d.Id, d.Kind, d.Title, d.Body, d.Event, d.Symbol, d.Date, d.DeliveredOn, d.WrittenOn, d.DistributedOn, d.PublishedOn })
            .ToListAsync(ct);
        if (documents.Count == 0)
            return [];
        list = documents.Select(d => d.Id).ToList();
        var speakers = await db.DocumentSpeakers.IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.DocumentId))
            .OrderBy(x => x.Position).Select(x => new { x.DocumentId, x.SpeakerId, x.Speaker.Slug, x.Speaker.Name }).ToListAsync(ct);
        var speakerIds = speakers.Select(s => s.SpeakerId).Distinct().ToList();
        var aliases = await db.SpeakerAliases.AsNoTracking().Where(a => speakerIds.Contains(a.SpeakerId))
            .Select(a => new { a.SpeakerId, a.Spelling }).ToListAsync(ct);
        var organs = await db.Set<DocumentOrgan>().IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.DocumentId))
            .OrderBy(x => x.Position).ThenBy(x => x.OrganId).Select(x => new { x.DocumentId, x.Organ.Slug, x.Organ.Name }).ToListAsync(ct);
        var agenda = await db.DocumentAgendaItems.IgnoreQueryFilters().AsNoTracking().Where(x => list.Contains(x.DocumentId))
            .OrderBy(x => x.Position).ThenBy(x => x.AgendaItemId)
            .Select(x => new
            {
                x.DocumentId, x.AgendaItem.Organ.Slug, x.AgendaItem.Session, x.AgendaItem.Number, x.AgendaItem.SubItem, x.AgendaItem.Title,
                x.AgendaItem.Organ.Name, x.AgendaItem.Organ.SessionTerm,
            }).ToListAsync(ct);
        var symbols = await db.CitedSymbols.IgnoreQueryFilters().AsNoTracking().Where(c => list.Contains(c.DocumentId))
            .Select(c => new { c.DocumentId, c.Symbol }).ToListAsync(ct);

        var speakersOf = speakers.ToLookup(s => s.DocumentId);
        var aliasesOf = aliases.ToLookup(a => a.SpeakerId, a => a.Spelling);
        var organsOf = organs.ToLookup(o => o.DocumentId);
        var agendaOf = agenda.ToLookup(a => a.DocumentId);
        var symbolsOf = symbols.ToLookup(s => s.DocumentId, s => s.Symbol);
        return documents.Select(d =>
        {
            var linked = speakersOf[d.Id].ToList();
            var spellings = linked.Select(s => s.Name).Concat(linked.SelectMany(s => aliasesOf[s.SpeakerId]))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return new IndexedDocument(d.Id, d.Kind, d.Title, d.Body, d.Event, d.Symbol, d.Date,
                new[] { d.Date, d.DeliveredOn, d.WrittenOn, d.DistributedOn, d.PublishedOn }.OfType<DateOnly>().ToList(),
                linked.Select(s => (s.Slug, s.Name)).ToList(), spellings,
                organsOf[d.Id].Select(o => (o.Slug, o.Name)).ToList(),
                agendaOf[d.Id].Select(a => new IndexedAgendaItem(a.Slug, a.Session, a.Number, a.SubItem, a.Title, a.Name, a.SessionTerm)).ToList(),
                symbolsOf[d.Id].ToList());
        }).ToList();
    }
}
