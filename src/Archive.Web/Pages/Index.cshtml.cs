using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages;

public class IndexModel(ArchiveDb db) : PageModel
{
    private const int PageSize = 50;

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }
    public int PageCount { get; private set; }
    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // "page" is also Razor Pages' own route value, so the query string is read directly.
        if (Request.Query.TryGetValue("page", out var requested))
        {
            if (!int.TryParse(requested, out var number))
                return NotFound();
            PageNumber = number;
        }
        Total = await db.DocumentCountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        if (PageNumber < 1 || PageNumber > PageCount)
            return NotFound();

        Rows = await db.Documents
            .NewestFirst(db).ThenBy(d => d.Slug)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(DocumentRows.Projection)
            .ToListAsync(ct);
        return Page();
    }
}

public sealed record DocumentRow(string Slug, string Title, DocumentKind Kind, DateOnly? Date, string? Speaker, string? Author);
