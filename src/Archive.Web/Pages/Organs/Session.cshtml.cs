using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Organs;

public class SessionModel(ArchiveDb db, ILogger<SessionModel> logger) : PageModel
{
    public string OrganName { get; private set; } = "";
    public string OrganSlug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public IReadOnlyList<AgendaItemRow> AgendaItems { get; private set; } = [];
    public DocumentList Documents { get; private set; } = null!;
    public PeriodNav Nav { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, int session, CancellationToken ct)
    {
        var organ = await db.Organs.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name, o.Slug, o.SessionTerm }).FirstOrDefaultAsync(ct);
        if (organ is null)
            return this.NotFoundWithHelp(logger, "The archive has no organ at this address. The list of organs links to every one with documents.", OrganLinks.Index);
        var organCrumb = new Crumb(organ.Name, OrganLinks.Organ(organ.Slug));
        var sessions = await db.CountBySessionAsync(organ.Id, ct);
        var total = sessions.GetValueOrDefault(session);
        var list = await DocumentList.ReadAsync(OrganDocuments.Of(db, organ.Id, session, total, await db.DocumentCountAsync(ct)), total, Request, newestFirst: false, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this session's documents: pages are numbered from 1 to the last one its pager links.", organCrumb);
        int? before = sessions.Keys.Where(s => s < session).Select(s => (int?)s).LastOrDefault();
        int? after = sessions.Keys.Where(s => s > session).Select(s => (int?)s).FirstOrDefault();
        Crumb? Link(int? n) => n is int s ? new Crumb(OrganLinks.SessionName(s, organ.SessionTerm), OrganLinks.Session(organ.Slug, s)) : null;
        if (list.Total == 0)
        {
            return this.NotFoundWithHelp(logger,
                $"No document in the archive belongs to the {OrganLinks.SessionName(session, organ.SessionTerm)} of the {organ.Name}. The nearest with documents are linked below.",
                Link(before), Link(after), organCrumb);
        }

        (OrganName, OrganSlug, Name, Documents) = (organ.Name, organ.Slug, OrganLinks.SessionName(session, organ.SessionTerm), list);
        Nav = new PeriodNav("Sessions", Link(before), Link(after));
        // Agenda items are numbered per session of the organ whose agenda they are on (a Main Committee's items are the Assembly's).
        var counts = await db.CountByAgendaItemAsync(ct);
        var items = await db.AgendaItems
            .Where(i => i.OrganId == organ.Id && i.Session == session)
            .OrderBy(i => i.Number).ThenBy(i => i.SubItem)
            .Select(i => new { i.Id, i.Number, i.SubItem, i.Title })
            .ToListAsync(ct);
        AgendaItems = [.. items.Where(i => counts.ContainsKey(i.Id))
            .Select(i => new AgendaItemRow(i.Number, i.SubItem, i.Title, counts[i.Id], OrganLinks.AgendaItem(organ.Slug, session, i.Number, i.SubItem)))];
        return Page();
    }
}

public sealed record AgendaItemRow(int Number, string SubItem, string? Title, int Count, string Href)
{
    public string Name => OrganLinks.ItemName(Number, SubItem);
}
