using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>Repairs for the full-text index, which triggers otherwise keep in step with the store (SearchIndex migration).</summary>
public sealed class SearchIndex(ArchiveDb db, ILogger<SearchIndex> logger)
{
    /// <summary>Empties <c>documents_fts</c> and fills it again from <c>documents_search</c> in one transaction; returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM documents_fts", ct);
        var count = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded)
            SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search
            """, ct);
        await db.Database.ExecuteSqlAsync($"INSERT INTO documents_fts(documents_fts) VALUES ('optimize')", ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Rebuilt the search index with {DocumentCount} documents", count);
        return count;
    }

    /// <summary>Runs FTS5's integrity check; throws (SqliteException, "database disk image is malformed") when the index is damaged.</summary>
    public async Task CheckAsync(CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')", ct);

    /// <summary>How many documents the index holds (withdrawn ones are never in it).</summary>
    public async Task<int> CountAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM documents_fts").SingleAsync(ct);

    /// <summary>
    /// Drops the triggers that keep <c>documents_fts</c> in step (as stored, whoever wrote them) and returns their SQL for
    /// <see cref="RecreateTriggersAsync"/>. A bulk load inside the caller's transaction then skips re-indexing each
    /// document once per row it touches; a rollback brings the triggers back by itself.
    /// </summary>
    public async Task<IReadOnlyList<IndexTrigger>> DropTriggersAsync(CancellationToken ct)
    {
        var triggers = await db.Database.SqlQuery<IndexTrigger>(
            $"SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%documents_fts%' ORDER BY name").ToListAsync(ct);
        // DDL takes no parameters; the names come from sqlite_master itself and are quoted as identifiers.
        foreach (var trigger in triggers)
        {
            var drop = "DROP TRIGGER \"" + trigger.Name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
#pragma warning disable EF1003 // the name is the store's own, quoted as an identifier
            await db.Database.ExecuteSqlRawAsync(drop, ct);
#pragma warning restore EF1003
        }
        logger.LogInformation("Dropped {Count} index triggers for a bulk load", triggers.Count);
        return triggers;
    }

    /// <summary>Creates again, word for word, the triggers <see cref="DropTriggersAsync"/> dropped.</summary>
    public async Task RecreateTriggersAsync(IReadOnlyList<IndexTrigger> triggers, CancellationToken ct)
    {
        foreach (var trigger in triggers)
            await db.Database.ExecuteSqlRawAsync(trigger.Sql, ct);
    }
}

/// <summary>A trigger as SQLite stores it.</summary>
public sealed record IndexTrigger(string Name, string Sql);
