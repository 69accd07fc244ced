using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class UndatedModel(ArchiveDb db, ILogger<UndatedModel> logger) : PageModel
{
    public DocumentList Documents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var list = await DocumentList.ReadAsync(db.Documents.Where(d => d.Date == null), Request, newestFirst: false, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "That page number is past the end of the undated documents.", new Crumb("Undated documents", "/browse/undated"));
        Documents = list;
        return Page();
    }
}
