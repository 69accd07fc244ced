using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Kinds;

public class ShowModel(ArchiveDb db, ILogger<ShowModel> logger) : PageModel
{
    public string Name { get; private set; } = "";
    public DocumentList Documents { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (KindNames.FromSlug(slug) is not { } kind)
            return this.NotFoundWithHelp(logger, "The archive has no kind of document by that name. The list of kinds links to every one with documents.", new Crumb("Kinds of document", "/kinds"));
        var list = await DocumentList.ReadAsync(db.Documents.Where(d => d.Kind == kind), await db.KindCountAsync(kind, ct), Request, newestFirst: true, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this list: pages are numbered from 1 to the last one its pager links.", new Crumb(KindNames.Plural(kind), KindNames.Href(kind)));
        (Name, Documents) = (KindNames.Plural(kind), list);
        return Page();
    }
}
