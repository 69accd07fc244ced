using Archive.Core.Browse;
using Archive.Core.Data;
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
        var total = organ is null ? 0 : await db.OrganCountAsync(organ.Id, ct);
        if (organ is null || total == 0)
            return this.NotFoundWithHelp(logger, "The archive has no organ at this address. The list of organs links to every one with documents.", OrganLinks.Index);
        var list = await DocumentList.ReadAsync(OrganDocuments.Of(db, organ.Id, null, total, await db.DocumentCountAsync(ct)), total, Request, newestFirst: true, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this organ's documents: pages are numbered from 1 to the last one its pager links.", new Crumb(organ.Name, OrganLinks.Organ(organ.Slug)));
        var sessions = (await db.CountBySessionAsync(organ.Id, ct)).Reverse().Select(s => new { Session = s.Key, Count = s.Value });
        (Name, Slug, Documents) = (organ.Name, organ.Slug, list);
        Sessions = [.. sessions.Select(s => new SessionRow(OrganLinks.SessionName(s.Session, organ.SessionTerm), OrganLinks.Session(organ.Slug, s.Session), s.Count))];
        return Page();
    }
}
