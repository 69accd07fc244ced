using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<WithdrawnRow> Withdrawn { get; private set; } = [];
    public IReadOnlyList<RecentRevisionRow> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Withdrawn = await db.Documents.IgnoreQueryFilters().Where(d => d.WithdrawnAt != null)
            .OrderByDescending(d => d.Id).Take(50)
            .Select(d => new WithdrawnRow(d.Slug, d.Title ?? "Untitled document", d.WithdrawnAt!.Value, d.WithdrawalReason))
            .ToListAsync(ct);
        Recent = await db.Revisions.Where(r => r.Number > 1).OrderByDescending(r => r.Id).Take(20)
            .Join(db.Documents.IgnoreQueryFilters(), r => r.DocumentId, d => d.Id,
                (r, d) => new RecentRevisionRow(d.Slug, d.Title ?? "Untitled document", r.Number, r.User, r.At, r.Summary))
            .ToListAsync(ct);
    }
}

public sealed record WithdrawnRow(string Slug, string Title, DateTimeOffset At, string? Reason);

public sealed record RecentRevisionRow(string Slug, string Title, int Number, string User, DateTimeOffset At, string Summary);
