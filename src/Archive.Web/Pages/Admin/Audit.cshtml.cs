using Archive.Core.Audit;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Admin;

/// <summary>The audit log, newest first, a page at a time; optionally one user's or one action's entries.</summary>
public class AuditModel(ArchiveDb db) : PageModel
{
    private const int PageSize = 100;

    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public bool HasOlder { get; private set; }

    public string PageLink(int page) =>
        $"?Filter.User={Uri.EscapeDataString(Filter.User ?? "")}&Filter.Action={Uri.EscapeDataString(Filter.Action ?? "")}&Filter.Page={page}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Filter.Page is < 1 or > 100_000 || Filter.User?.Length > 256 || Filter.Action?.Length > 64)
            return BadRequest();
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Filter.User))
            query = query.Where(e => e.User == Filter.User);
        if (!string.IsNullOrWhiteSpace(Filter.Action))
            query = query.Where(e => e.Action == Filter.Action);
        var rows = await query.OrderByDescending(e => e.Id).Skip((Filter.Page - 1) * PageSize).Take(PageSize + 1).ToListAsync(ct);
        HasOlder = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
        return Page();
    }
}

public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? Action { get; set; }
    public int Page { get; set; } = 1;
}
