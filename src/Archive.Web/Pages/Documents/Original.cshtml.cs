using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Documents;

/// <summary>The original file byte for byte, as it was imported; served as plain text so it is never interpreted.</summary>
public class OriginalModel(ArchiveDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Download { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        var original = await db.Documents.Where(d => d.Key == key).Select(d => d.Original).FirstOrDefaultAsync(ct);
        if (original is null)
            return NotFound();
        return Download
            ? File(original.Content, "text/plain; charset=utf-8", original.FileName)
            : File(original.Content, "text/plain; charset=utf-8");
    }
}
