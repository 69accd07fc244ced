using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Organs;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<OrganRow> Organs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var countOf = await db.CountByOrganAsync(ct);
        var sessions = await db.CountBySessionAsync(ct);
        var organs = await db.Organs.Select(o => new { o.Id, o.Name, o.Slug, o.SessionTerm }).ToListAsync(ct);
        Organs = [.. organs.Where(o => countOf.ContainsKey(o.Id))
            .OrderByDescending(o => countOf[o.Id]).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new OrganRow(o.Name, o.Slug, countOf[o.Id],
                [.. sessions.Where(s => s.OrganId == o.Id).OrderByDescending(s => s.Session)
                    .Select(s => new SessionRow(OrganLinks.SessionName(s.Session, o.SessionTerm), OrganLinks.Session(o.Slug, s.Session), s.Count))]))];
    }
}

public sealed record OrganRow(string Name, string Slug, int Count, IReadOnlyList<SessionRow> Sessions);

public sealed record SessionRow(string Name, string Href, int Count);
