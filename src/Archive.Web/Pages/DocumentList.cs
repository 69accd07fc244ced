using Archive.Core.Documents;
using Archive.Core.Reading;
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
    public static async Task<DocumentList?> ReadAsync(IQueryable<Document> documents, HttpRequest request, bool newestFirst, CancellationToken ct) =>
        RequestedPage(request) is { } number
            ? await ReadAsync(documents, await documents.CountAsync(ct), number, request, newestFirst, ct)
            : null;

    /// <summary>
    /// Reads one page of <paramref name="documents"/>, of which there are <paramref name="total"/> (a maintained count),
    /// so a long list costs one page of rows and no count.
    /// </summary>
    public static async Task<DocumentList?> ReadAsync(IQueryable<Document> documents, int total, HttpRequest request, bool newestFirst, CancellationToken ct) =>
        RequestedPage(request) is { } number ? await ReadAsync(documents, total, number, request, newestFirst, ct) : null;

    private static async Task<DocumentList?> ReadAsync(IQueryable<Document> documents, int total, int number, HttpRequest request, bool newestFirst, CancellationToken ct)
    {
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (number > pageCount)
            return null;
        if (total == 0)
            return new DocumentList([], number, pageCount, total, request.Path.ToUriComponent());
        var postgres = request.HttpContext.RequestServices.GetRequiredService<Archive.Core.Data.ArchiveDb>().Database.IsNpgsql();
        var ordered = documents.ByDate(newestFirst, postgres).ThenBy(d => d.Slug);
        var rows = await ordered.Skip((number - 1) * PageSize).Take(PageSize).Select(DocumentRows.Projection).ToListAsync(ct);
        return new DocumentList(rows, number, pageCount, total, request.Path.ToUriComponent());
    }

    private static int? RequestedPage(HttpRequest request)
    {
        var number = 1;
        if (request.Query.TryGetValue("page", out var requested) && (!int.TryParse(requested, out number) || number < 1))
            return null;
        return number;
    }
}
