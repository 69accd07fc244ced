using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Missions;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<Mission> Missions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Missions = await MissionCatalog.ReadAsync(db, ct);
}
