using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

/// <summary>
/// The review queue, oldest first: drafts waiting to be published (web uploads), then public documents nobody has
/// reviewed yet (command-line imports). A public one can be marked reviewed from here in one click.
/// </summary>
public class ReviewModel(ArchiveDb db, DocumentEditor editor) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<QueueRow> Drafts { get; private set; } = [];
    public IReadOnlyList<QueueRow> Unreviewed { get; private set; } = [];
    public int UnreviewedTotal { get; private set; }
    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await ReadAsync(ct);

    public async Task<IActionResult> OnPostReviewedAsync(string slug, int version, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        var result = await editor.MarkReviewedAsync(key, version, User.Identity!.Name!, ct);
        if (result.Status == EditStatus.NotFound)
            return NotFound();
        Message = result.Message;
        await ReadAsync(ct);
        return Page();
    }

    private async Task ReadAsync(CancellationToken ct)
    {
        // Withdrawn documents wait for nobody: they are out of the archive until reinstated.
        var waiting = db.Documents.IgnoreQueryFilters().Where(d => d.ReviewedAt == null && d.WithdrawnAt == null);
        Drafts = await Rows(waiting.Where(d => d.IsDraft), ct);
        Unreviewed = await Rows(waiting.Where(d => !d.IsDraft), ct);
        UnreviewedTotal = await waiting.CountAsync(d => !d.IsDraft, ct);
    }

    private static Task<List<QueueRow>> Rows(IQueryable<Archive.Core.Documents.Document> documents, CancellationToken ct) =>
        documents.OrderBy(d => d.Id).Take(PageSize)
            .Select(d => new QueueRow(d.Slug, d.Title ?? "Untitled document", d.ImportedAt, d.ImportedVia, d.ImportWarnings.Count, d.Version))
            .ToListAsync(ct);
}

public sealed record QueueRow(string Slug, string Title, DateTimeOffset ImportedAt, string ImportedVia, int Warnings, int Version);
