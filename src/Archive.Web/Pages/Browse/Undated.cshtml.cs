using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class UndatedModel(ArchiveDb db, ILogger<UndatedModel> logger) : PageModel
{
    public DocumentList Documents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await DocumentList.ReadAsync(db.Documents.Where(d => d.Date == null), await db.UndatedCountAsync(ct), Request, newestFirst: false, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of the undated documents: pages are numbered from 1 to the last one its pager links.", new Crumb("Undated documents", "/browse/undated"));
        Documents = list;
        return Page();
    }
}
