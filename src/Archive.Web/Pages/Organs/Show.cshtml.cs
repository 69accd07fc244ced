using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Organs;

public class ShowModel(ArchiveDb db, ILogger<ShowModel> logger) : PageModel
{
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public DocumentList Documents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var organ = await db.Organs.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name, o.Slug, o.SessionTerm }).FirstOrDefaultAsync(ct);
        // An organ whose every document was withdrawn is gone from the index, so its page goes too.
        if (organ is null || !await db.Set<DocumentOrgan>().AnyAsync(l => l.OrganId == organ.Id, ct))
            return this.NotFoundWithHelp(logger, "The archive has no organ at this address. The list of organs links to every one with documents.", OrganLinks.Index);
        var list = await DocumentList.ReadAsync(db.Documents.Where(d => d.Organs.Any(o => o.OrganId == organ.Id)), Request, newestFirst: true, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this organ's documents: pages are numbered from 1 to the last one its pager links.", new Crumb(organ.Name, OrganLinks.Organ(organ.Slug)));
        var sessions = await db.Set<DocumentOrgan>().Where(l => l.OrganId == organ.Id && l.Session != null)
            .GroupBy(l => l.Session!.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => new { Session = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        (Name, Slug, Documents) = (organ.Name, organ.Slug, list);
        Sessions = [.. sessions.Select(s => new SessionRow(OrganLinks.SessionName(s.Session, organ.SessionTerm), OrganLinks.Session(organ.Slug, s.Session), s.Count))];
        return Page();
    }
}
