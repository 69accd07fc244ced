using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Organs;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<OrganRow> Organs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var links = db.Set<DocumentOrgan>();
        var counts = await links.GroupBy(l => l.OrganId).Select(g => new { OrganId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var sessions = await links.Where(l => l.Session != null)
            .GroupBy(l => new { l.OrganId, l.Session })
            .Select(g => new { g.Key.OrganId, Session = g.Key.Session!.Value, Count = g.Count() })
            .ToListAsync(ct);
        var organs = await db.Organs.Select(o => new { o.Id, o.Name, o.Slug, o.SessionTerm }).ToListAsync(ct);
        var countOf = counts.ToDictionary(c => c.OrganId, c => c.Count);
        Organs = [.. organs.Where(o => countOf.ContainsKey(o.Id))
            .OrderByDescending(o => countOf[o.Id]).ThenBy(o => o.Name, StringComparer.Ordinal)
            .Select(o => new OrganRow(o.Name, o.Slug, countOf[o.Id],
                [.. sessions.Where(s => s.OrganId == o.Id).OrderByDescending(s => s.Session)
                    .Select(s => new SessionRow(OrganLinks.SessionName(s.Session, o.SessionTerm), OrganLinks.Session(o.Slug, s.Session), s.Count))]))];
    }
}

public sealed record OrganRow(string Name, string Slug, int Count, IReadOnlyList<SessionRow> Sessions);

public sealed record SessionRow(string Name, string Href, int Count);
