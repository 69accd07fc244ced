using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Reading;

/// <summary>
/// Lists by main date on either store. SQLite sorts a missing date below every date, PostgreSQL above, so on PostgreSQL the
/// order says where undated documents go: last when newest come first, first when oldest do, as SQLite has always listed
/// them. On SQLite the plain order is kept, since it reads along the date index.
/// </summary>
public static class DocumentOrder
{
    public static IOrderedQueryable<Document> ByDate(this IQueryable<Document> documents, bool newestFirst, bool postgres) =>
        (newestFirst, postgres) switch
        {
            (true, false) => documents.OrderByDescending(d => d.Date),
            (false, false) => documents.OrderBy(d => d.Date),
            (true, true) => documents.OrderBy(d => d.Date == null).ThenByDescending(d => d.Date),
            (false, true) => documents.OrderByDescending(d => d.Date == null).ThenBy(d => d.Date),
        };

    public static IOrderedQueryable<Document> NewestFirst(this IQueryable<Document> documents, ArchiveDb db) =>
        documents.ByDate(newestFirst: true, db.Database.IsNpgsql());
}
