using Archive.Core.Curation;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Curate;

public class ReinstateModel(DocumentEditor editor) : PageModel
{
    public string? Problem { get; private set; }
    public string Slug { get; private set; } = "";

    // Only a document address is sent back; anything else (an emoji, a slash) is no document of the archive.
    public IActionResult OnGet(string slug) =>
        DocumentLoader.KeyOf(slug) is null ? NotFound() : Redirect("/documents/" + Uri.EscapeDataString(slug));

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        var result = await editor.ReinstateAsync(key, User.Identity!.Name!, ct);
        if (result.Status == EditStatus.NotFound)
            return NotFound();
        if (!result.Succeeded)
        {
            (Problem, Slug) = (result.Message, result.Slug!);
            return Page();
        }
        return Redirect($"/documents/{result.Slug}");
    }
}
