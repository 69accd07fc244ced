using Archive.Core.Audit;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Reading;

/// <summary>
/// A document as harvesters and caches see it: its key, sets, whether it is withdrawn, and when it last changed. The
/// last change is derived from what the store already keeps: the import, each revision, the withdrawal, and a
/// reinstatement in the audit log.
/// </summary>
public sealed record DocumentChange(int Id, string Key, string Slug, DocumentKind Kind, IReadOnlyList<string> Organs, bool Withdrawn, DateTimeOffset LastChange);

public static class DocumentChanges
{
    /// <summary>
    /// Every public document and every withdrawn one (the latter only as key, sets and dates). Documents the query
    /// filters hide for another reason, such as drafts, are not listed at all. One small row per document, since SQLite
    /// cannot compare the stored timestamps in SQL.
    /// </summary>
    public static async Task<IReadOnlyList<DocumentChange>> AllChangesAsync(this ArchiveDb db, CancellationToken ct)
    {
        var visible = (await db.Documents.Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var documents = await db.Documents.IgnoreQueryFilters()
            .Select(d => new { d.Id, d.Key, d.Slug, d.Kind, d.ImportedAt, d.WithdrawnAt })
            .ToListAsync(ct);
        var organs = (await db.Set<DocumentOrgan>().IgnoreQueryFilters().Select(l => new { l.DocumentId, l.Organ.Slug }).ToListAsync(ct))
            .ToLookup(l => l.DocumentId, l => l.Slug);
        var revisions = (await db.Revisions.Select(r => new { r.DocumentId, r.At }).ToListAsync(ct))
            .GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => g.Max(r => r.At));
        var reinstated = (await db.AuditEntries.Where(e => e.Action == "reinstate" && e.Outcome == AuditOutcome.Succeeded)
                .Select(e => new { e.Target, e.At }).ToListAsync(ct))
            .Where(e => DocumentLoader.KeyOf(e.Target) is not null)
            .GroupBy(e => DocumentLoader.KeyOf(e.Target)!).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        return [.. documents.Where(d => visible.Contains(d.Id) || d.WithdrawnAt is not null)
            .Select(d => new DocumentChange(d.Id, d.Key, d.Slug, d.Kind, [.. organs[d.Id].Distinct()], d.WithdrawnAt is not null,
                Latest(d.ImportedAt, revisions.GetValueOrDefault(d.Id), d.WithdrawnAt, reinstated.GetValueOrDefault(d.Key))))];
    }

    /// <summary>
    /// A cheap fingerprint of everything <see cref="AllChangesAsync"/> reads: the newest document, revision and audit entry
    /// (every write from the web is audited) and the number withdrawn, all read from keys and indexes, never the rows.
    /// </summary>
    public static async Task<string> ChangeSignalAsync(this ArchiveDb db, CancellationToken ct)
    {
        var documents = await db.Documents.IgnoreQueryFilters().MaxAsync(d => (int?)d.Id, ct);
        var visible = await db.Documents.CountAsync(ct);
        var withdrawn = await db.Documents.IgnoreQueryFilters().CountAsync(d => d.WithdrawnAt != null, ct);
        var revisions = await db.Revisions.MaxAsync(r => (int?)r.Id, ct);
        var audit = await db.AuditEntries.MaxAsync(e => (long?)e.Id, ct);
        return $"{documents}/{visible}/{withdrawn}/{revisions}/{audit}";
    }

    /// <summary>When one document last changed (see <see cref="AllChangesAsync"/>).</summary>
    public static async Task<DateTimeOffset> LastChangeAsync(this ArchiveDb db, Document document, CancellationToken ct)
    {
        var revisions = await db.Revisions.Where(r => r.DocumentId == document.Id).Select(r => r.At).ToListAsync(ct);
        var suffix = "-" + document.Key;
        var reinstated = await db.AuditEntries.Where(e => e.Action == "reinstate" && e.Outcome == AuditOutcome.Succeeded && e.Target.EndsWith(suffix))
            .Select(e => e.At).ToListAsync(ct);
        return Latest(document.ImportedAt, revisions.Count > 0 ? revisions.Max() : null, document.WithdrawnAt, reinstated.Count > 0 ? reinstated.Max() : null);
    }

    private static DateTimeOffset Latest(DateTimeOffset imported, params DateTimeOffset?[] others) =>
        others.Aggregate(imported, (latest, other) => other is { } at && at > latest ? at : latest);
}
