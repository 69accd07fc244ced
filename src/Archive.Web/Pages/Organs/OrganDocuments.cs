using Archive.Core.Data;
using Archive.Core.Documents;

namespace Archive.Web.Pages.Organs;

/// <summary>The documents of an organ or of one of its sessions, asked for in the shape that reads the fewest rows.</summary>
public static class OrganDocuments
{
    /// <summary>
    /// Walking the documents in date order and keeping those linked to the organ finds a page after about
    /// PageSize × archive / <paramref name="count"/> documents; reading the organ's links and sorting them costs
    /// <paramref name="count"/>. SQLite walks for a correlated EXISTS and starts from the links for an IN, so the cheaper
    /// of the two is chosen from the maintained counts: the General Assembly's page walks, a session's page sorts.
    /// </summary>
    public static IQueryable<Document> Of(ArchiveDb db, int organId, int? session, int count, int archive)
    {
        var links = db.Set<DocumentOrgan>().Where(l => l.OrganId == organId);
        if (session is int n)
            links = links.Where(l => l.Session == n);
        if ((long)count * count > (long)DocumentList.PageSize * archive)
            return db.Documents.Where(d => links.Any(l => l.DocumentId == d.Id));
        var linked = links.Select(l => l.DocumentId);
        return db.Documents.Where(d => linked.Contains(d.Id));
    }
}
