using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Documents;

/// <summary>
/// The original file byte for byte, as it was imported. Text and web pages are served as plain text, so a page is never
/// run as HTML here; a PDF as a PDF; a Word file only as a download.
/// </summary>
public class OriginalModel(ArchiveDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Download { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        // Archivists also reach the originals of drafts and withdrawn documents, which the global filter hides from others.
        var archivist = User.IsInRole(Roles.Archivist) || User.IsInRole(Roles.Administrator);
        var original = await (archivist ? db.Documents.IgnoreQueryFilters() : db.Documents).Where(d => d.Key == key)
            .Select(d => d.Original).FirstOrDefaultAsync(ct);
        if (original is null)
            return NotFound();
        var served = original.MediaType is "application/pdf" or "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            ? original.MediaType : "text/plain; charset=utf-8";
        return Download || served.StartsWith("application/vnd", StringComparison.Ordinal)
            ? File(original.Content, served, original.FileName)
            : File(original.Content, served);
    }
}
