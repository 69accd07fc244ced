using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

/// <summary>
/// Edit and review: every field editable, the importer's warnings beside the fields they concern (and all of them at the
/// top), the words each field was read from with the rule and the runner-up (one click puts the runner-up in the field),
/// a rendered preview, and speaker and agenda pickers that suggest existing records. Saving makes a revision; a draft
/// is published from here, and a public document not yet reviewed is marked reviewed.
/// </summary>
[RequestSizeLimit(UploadLimits.EditRequestBytes)]
[RequestFormLimits(ValueLengthLimit = (int)UploadLimits.EditRequestBytes, MultipartBodyLengthLimit = UploadLimits.EditRequestBytes)]
public class EditModel(ArchiveDb db, DocumentEditor editor, SpeakerDirectory directory, MarkdownRenderer markdown, AuditLog audit, ILogger<EditModel> logger) : PageModel
{
    [BindProperty]
    public DocumentForm Form { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string Heading { get; private set; } = "";
    public bool Withdrawn { get; private set; }
    public bool Draft { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string MediaType { get; private set; } = "";

    /// <summary>Every warning the importer left, listed together at the top of the review.</summary>
    public IReadOnlyList<string> AllWarnings { get; private set; } = [];

    /// <summary>What the parser read each field from, re-read from the stored text; empty when the parser gives none.</summary>
    public IReadOnlyList<FieldEvidence> Evidence { get; private set; } = [];

    public IEnumerable<FieldEvidence> EvidenceFor(string group) => Evidence.Where(e => ReviewFields.GroupOf(e.Field) == group);

    public IEnumerable<(DocumentKind Kind, string Name)> KindOptions =>
        Enum.GetValues<DocumentKind>().Select(k => (k, DocumentKinds.DisplayName(k)));

    private int _documentId;
    public IReadOnlyList<string> Organs { get; private set; } = [];
    public ILookup<string, string> Warnings { get; private set; } = Array.Empty<string>().ToLookup(w => w);
    public IHtmlContent Preview { get; private set; } = HtmlString.Empty;
    public IReadOnlyList<IReadOnlyList<SpeakerSuggestion>> Suggestions { get; private set; } = [];
    public IReadOnlyList<string?> AgendaMatches { get; private set; } = [];

    /// <summary>For each agenda row, the items already in the archive for its organ and session (all organs when none is chosen).</summary>
    public IReadOnlyList<IReadOnlyList<AgendaOption>> AgendaOptions { get; private set; } = [];

    public IReadOnlyList<AgendaOption> AgendaOptionsFor(int row) => row < AgendaOptions.Count ? AgendaOptions[row] : [];
    public string? Message { get; private set; }

    public IEnumerable<string> WarningsFor(string field) => Warnings[field];

    public IReadOnlyList<SpeakerSuggestion> SuggestionsFor(int row) => row < Suggestions.Count ? Suggestions[row] : [];
    public EditResult? Conflict { get; private set; }
    public DocumentDiff? YourChanges { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } document)
            return NotFound();
        Form = DocumentForm.From(DocumentSnapshot.Of(document), document.Version);
        await DescribeAsync(ct);
        return Page();
    }

    /// <summary>Shows the preview and refreshes the suggestions for the names typed; saves nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is null)
            return NotFound();
        Form.WithBlankRows();
        await DescribeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } document)
            return NotFound();
        // A row with an organ but no item number would otherwise be dropped without a word.
        foreach (var (row, i) in Form.AgendaItems.Select((r, i) => (r, i)))
        {
            if (!string.IsNullOrWhiteSpace(row.Organ) && row.Number is null && ModelState.GetFieldValidationState($"Form.AgendaItems[{i}].Number") != ModelValidationState.Invalid)
                ModelState.AddModelError($"Form.AgendaItems[{i}].Number", $"Give the item number of agenda item {i + 1}, or choose no organ to remove it.");
        }
        var proposed = Form.ToSnapshot();
        foreach (var (field, message) in await editor.ValidateAsync(proposed, ct))
            ModelState.AddModelError($"Form.{field}", message);
        if (!ModelState.IsValid)
        {
            logger.LogInformation("Edit of {Slug} refused: {Count} problems in the form", slug, ModelState.ErrorCount);
            await audit.RecordAsync(User.Identity!.Name!, "edit", document.Slug, AuditOutcome.Refused, Problems(), ct);
            Form.WithBlankRows();
            await DescribeAsync(ct);
            return Page();
        }

        var result = await editor.SaveAsync(document.Key, Form.Version, proposed, Form.Comment ?? "", User.Identity!.Name!, ct);
        switch (result.Status)
        {
            case EditStatus.Saved:
                TempData["Done"] = result.Message;
                return Redirect($"/documents/{result.Slug}");
            case EditStatus.Conflict:
                // Nothing was saved. The form now holds the other archivist's version, with both sets of changes shown.
                Conflict = result;
                var basis = (await editor.RevisionsAsync(document.Id, ct)).FirstOrDefault(r => r.Version == Form.Version);
                if (basis is not null)
                    YourChanges = DocumentDiff.Between(DocumentSnapshot.FromJson(basis.Snapshot), proposed);
                db.ChangeTracker.Clear();
                var current = (await LoadAsync(slug, ct))!;
                ModelState.Clear();
                Form = DocumentForm.From(DocumentSnapshot.Of(current), current.Version);
                break;
            case EditStatus.NotFound:
                return NotFound();
            default:
                Message = result.Message;
                Form.WithBlankRows();
                break;
        }
        await DescribeAsync(ct);
        return Page();
    }

    /// <summary>Makes the draft public; publishing counts as reviewing it.</summary>
    public async Task<IActionResult> OnPostPublishAsync(string slug, CancellationToken ct) =>
        await MarkAsync(slug, (key, user) => editor.PublishAsync(key, Form.Version, user, ct), ct);

    public async Task<IActionResult> OnPostReviewedAsync(string slug, CancellationToken ct) =>
        await MarkAsync(slug, (key, user) => editor.MarkReviewedAsync(key, Form.Version, user, ct), ct);

    private async Task<IActionResult> MarkAsync(string slug, Func<string, string, Task<EditResult>> mark, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is not { } document)
            return NotFound();
        var result = await mark(document.Key, User.Identity!.Name!);
        if (result.Succeeded)
        {
            TempData["Done"] = result.Message;
            return Redirect($"/documents/{result.Slug}");
        }
        db.ChangeTracker.Clear();
        var current = (await LoadAsync(slug, ct))!;
        ModelState.Clear();
        Form = DocumentForm.From(DocumentSnapshot.Of(current), current.Version);
        Message = result.Message;
        await DescribeAsync(ct);
        return Page();
    }

    /// <summary>
    /// Puts the importer's runner-up for one field into the form (nothing is saved): the value is read again from the
    /// stored text, never from the post, and the archivist saves it like any other correction.
    /// </summary>
    public async Task<IActionResult> OnPostUseRunnerUpAsync(string slug, string useField, CancellationToken ct)
    {
        if (await LoadAsync(slug, ct) is null)
            return NotFound();
        var evidence = (await db.ReparseAsync(_documentId, ct))?.Evidence.FirstOrDefault(e => e.Field == useField && e.RunnerUp is not null);
        ModelState.Clear();
        if (evidence is null || !ReviewFields.Apply(Form, evidence.Field, evidence.RunnerUp!.Value))
            Message = $"The importer has no runner-up for “{useField}” that the form can take.";
        else
            Message = $"The importer's runner-up for {evidence.Field}, “{evidence.RunnerUp!.Value}”, is now in the form. Save to keep it.";
        Form.WithBlankRows();
        await DescribeAsync(ct);
        return Page();
    }

    private string Problems() => string.Join(" ", ModelState.Where(e => e.Value is not null)
        .SelectMany(e => e.Value!.Errors.Select(x => $"{e.Key}: {x.ErrorMessage}")));

    private async Task<Document?> LoadAsync(string slug, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key || await editor.FindAsync(key, ct) is not { } document)
            return null;
        (Slug, Heading, Withdrawn) = (document.Slug, document.Title ?? "Untitled document", document.IsWithdrawn);
        (Draft, ReviewedAt, ReviewedBy, _documentId) = (document.IsDraft, document.ReviewedAt, document.ReviewedBy, document.Id);
        AllWarnings = document.ImportWarnings;
        Warnings = document.ImportWarnings.Select(w => w.Split(": ", 2)).Where(p => p.Length == 2)
            .ToLookup(p => FieldOf(p[0]), p => p[1]);
        return document;
    }

    private async Task DescribeAsync(CancellationToken ct)
    {
        Evidence = (await db.ReparseAsync(_documentId, ct))?.Evidence ?? [];
        MediaType = await db.OriginalFiles.IgnoreQueryFilters().Where(o => o.DocumentId == _documentId).Select(o => o.MediaType).FirstOrDefaultAsync(ct) ?? "";
        Organs = await db.Organs.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync(ct);
        Preview = new HtmlString(markdown.ToHtml(Form.Body ?? ""));
        var suggestions = new List<IReadOnlyList<SpeakerSuggestion>>();
        foreach (var row in Form.Speakers)
            suggestions.Add(await directory.SuggestAsync(row.Name, ct));
        Suggestions = suggestions;
        var matches = new List<string?>();
        foreach (var row in Form.AgendaItems)
        {
            matches.Add(row.Organ is null || row.Number is null ? null : await db.AgendaItems
                .Where(i => i.Organ.Name == row.Organ && i.Session == row.Session && i.Number == row.Number && i.SubItem == (row.SubItem ?? ""))
                .Select(i => i.Title ?? "(no title)").FirstOrDefaultAsync(ct));
        }
        AgendaMatches = matches;
        var options = new List<IReadOnlyList<AgendaOption>>();
        foreach (var row in Form.AgendaItems)
        {
            var items = db.AgendaItems.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(row.Organ))
                items = items.Where(i => i.Organ.Name == row.Organ);
            if (row.Session is int session)
                items = items.Where(i => i.Session == session);
            options.Add(await items.OrderBy(i => i.Organ.Name).ThenBy(i => i.Session).ThenBy(i => i.Number).ThenBy(i => i.SubItem).Take(MaxAgendaOptions)
                .Select(i => new AgendaOption(i.Number, i.Organ.Name, i.Session, i.SubItem, i.Title)).ToListAsync(ct));
        }
        AgendaOptions = options;
    }

    private const int MaxAgendaOptions = 200;

    /// <summary>The form field an importer warning concerns: "speaker: …" sits beside the speakers.</summary>
    private static string FieldOf(string warningField) => warningField switch
    {
        "speaker" => "Speakers",
        "organ" or "session" => "Organs",
        "agenda" => "AgendaItems",
        "date" => "Dates",
        "title" => "Title",
        "kind" => "Kind",
        "author" => "Author",
        "country" => "Country",
        "language" => "Language",
        _ => "Body",
    };
}

/// <summary>An agenda item already in the archive, offered in the item number's suggestion list.</summary>
public sealed record AgendaOption(int Number, string Organ, int? Session, string SubItem, string? Title)
{
    public string Label => $"{Organ}{(Session is int s ? $", session {s}" : "")}, item {Number}{(SubItem.Length > 0 ? $" ({SubItem})" : "")}"
        + (Title is null ? "" : $": {Title}");
}
