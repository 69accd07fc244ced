using System.ComponentModel.DataAnnotations;
using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

public class WithdrawModel(ArchiveDb db, DocumentEditor editor, AuditLog audit) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Give a reason: the document's permalink will show it to readers.")]
    [StringLength(DocumentEditor.MaxReason, ErrorMessage = "The reason is longer than 500 characters.")]
    public string Reason { get; set; } = "";

    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct))
            return NotFound();
        if (!ModelState.IsValid)
        {
            await audit.RecordAsync(User.Identity!.Name!, "withdraw", Slug, AuditOutcome.Refused,
                string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage)), ct);
            return Page();
        }
        var result = await editor.WithdrawAsync(DocumentLoader.KeyOf(slug)!, Reason, User.Identity!.Name!, ct);
        if (!result.Succeeded)
        {
            Problem = result.Message;
            return Page();
        }
        TempData["Done"] = result.Message;
        return Redirect($"/documents/{result.Slug}");
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return false;
        var found = await db.Documents.IgnoreQueryFilters().Where(d => d.Key == key)
            .Select(d => new { d.Slug, d.Title }).FirstOrDefaultAsync(ct);
        if (found is null)
            return false;
        (Slug, Title) = (found.Slug, found.Title ?? "Untitled document");
        return true;
    }
}
