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
}
