using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages;

/// <summary>One page of a list of documents, with what the pager needs to link the others.</summary>
public sealed record DocumentList(IReadOnlyList<DocumentRow> Rows, int PageNumber, int PageCount, int Total, string Path)
{
    public const int PageSize = 50;

    /// <summary>
    /// Counts and reads one page of <paramref name="documents"/> in SQL. The page number comes from the query string
    /// ("page" is Razor Pages' own route value); null when it is not a number or past the last page.
    /// </summary>
    public static async Task<DocumentList?> ReadAsync(IQueryable<Document> documents, HttpRequest request, bool newestFirst, CancellationToken ct)
    {
        var number = 1;
        if (request.Query.TryGetValue("page", out var requested) && (!int.TryParse(requested, out number) || number < 1))
            return null;
        var total = await documents.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (number > pageCount)
            return null;
        var ordered = newestFirst
            ? documents.OrderByDescending(d => d.Date).ThenBy(d => d.Slug)
            : documents.OrderBy(d => d.Date).ThenBy(d => d.Slug);
        var rows = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(DocumentRows.Projection).ToListAsync(ct);
        return new DocumentList(rows, number, pageCount, total, request.Path.ToUriComponent());
    }
}
