using Archive.Core.Citations;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Documents;

/// <summary>Reads what a citation needs, for the document page and the citation downloads alike.</summary>
public static class CitationLoader
{
    public static Task<Document?> LoadAsync(ArchiveDb db, string slug, CancellationToken ct) =>
        DocumentLoader.KeyOf(slug) is not { } key
            ? Task.FromResult<Document?>(null)
            : db.Documents.AsNoTracking().AsSplitQuery()
                .Include(d => d.Organs).ThenInclude(o => o.Organ)
                .Include(d => d.Speakers)
                .FirstOrDefaultAsync(d => d.Key == key, ct);

    public static CitationSource SourceOf(Document d, string url, TimeProvider clock) => new(
        d.Key,
        d.Title ?? "Untitled document",
        d.Kind,
        [.. d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed)],
        d.Author ?? d.Country,
        d.Organs.OrderBy(o => o.Position).Select(o => o.Organ.Name).FirstOrDefault(),
        d.Event,
        d.Date,
        d.Symbol,
        d.Source,
        d.Place,
        d.Language,
        url,
        DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        d.ReferenceNumber);
}
