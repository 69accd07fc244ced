using Archive.Core.Curation;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Curate;

/// <summary>Every revision of a document, newest first, each with what it changed; any earlier one can be restored.</summary>
public class HistoryModel(DocumentEditor editor) : PageModel
{
    public string Slug { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public int Version { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];
    public string? Message { get; private set; }
    public DocumentDiff? TheirChanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) =>
        await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(string slug, int number, int version, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        var result = await editor.RestoreAsync(key, number, version, User.Identity!.Name!, ct);
        if (result.Status == EditStatus.NotFound)
            return NotFound();
        if (result.Status == EditStatus.Saved)
            return Redirect($"/curate/documents/{result.Slug}/history");
        Message = result.Message;
        TheirChanges = result.TheirChanges;
        return await LoadAsync(slug, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key || await editor.FindAsync(key, ct) is not { } document)
            return false;
        (Slug, Heading, Version, ImportedAt) = (document.Slug, document.Title ?? "Untitled document", document.Version, document.ImportedAt);
        var revisions = await editor.RevisionsAsync(document.Id, ct);
        Revisions = [.. revisions.Select((r, i) => new RevisionView(r.Number, r.User, r.At, r.Comment, r.Summary,
            i + 1 < revisions.Count ? DocumentDiff.Between(DocumentSnapshot.FromJson(revisions[i + 1].Snapshot), DocumentSnapshot.FromJson(r.Snapshot)) : null,
            IsCurrent: i == 0))];
        return true;
    }
}

/// <param name="Changes">What this revision changed from the one before; null for the first.</param>
public sealed record RevisionView(int Number, string User, DateTimeOffset At, string Comment, string Summary, DocumentDiff? Changes, bool IsCurrent);
