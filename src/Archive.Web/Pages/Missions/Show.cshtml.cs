using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Missions;

public class ShowModel(ArchiveDb db, ILogger<ShowModel> logger) : PageModel
{
    public Mission Mission { get; private set; } = null!;
    public DocumentList Documents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var missions = await MissionCatalog.ReadAsync(db, ct);
        if (missions.FirstOrDefault(m => m.Slug == slug) is not { } mission)
            return this.NotFoundWithHelp(logger, "The archive has no mission or author at this address. The list of missions links to every one with documents.",
                new Crumb("Missions and authors", "/missions"));
        var countries = mission.Countries.ToList();
        var authors = mission.AuthorsWithoutCountry.ToList();
        var list = await DocumentList.ReadAsync(
            db.Documents.Where(d => (d.Country != null && countries.Contains(d.Country)) || (d.Country == null && d.Author != null && authors.Contains(d.Author))),
            mission.Count, Request, newestFirst: true, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this list: pages are numbered from 1 to the last one its pager links.", new Crumb(mission.Name, MissionCatalog.Href(mission.Slug)));
        (Mission, Documents) = (mission, list);
        return Page();
    }
}
