using System.Text;
using Archive.Core;
using Archive.Core.Curation;
using Archive.Core.Import;
using Archive.Core.Import.Formats;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Archive.Web.Pages.Curate;

/// <summary>
/// Adds documents: one or many .txt, .md, .pdf, .docx or .html files, or pasted text. Each is stored on its own, as a
/// draft only archivists see, so a bad file never stops the good ones; each draft links to its review page, where it is
/// checked and published.
/// </summary>
[RequestSizeLimit(UploadLimits.BatchRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.BatchRequestBytes, ValueLengthLimit = (int)UploadLimits.ResendRequestBytes)]
public class AddModel(Intake intake, IOptions<ArchiveOptions> options, ILogger<AddModel> logger) : PageModel
{
    public const int MaxPastedName = 100;

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public string? PastedText { get; set; }

    [BindProperty]
    public string? PastedName { get; set; }

    public IReadOnlyList<AddedFile> Results { get; private set; } = [];
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var results = new List<AddedFile>();
        if (Files.Count > UploadLimits.MaxFiles)
        {
            Problem = $"Upload at most {UploadLimits.MaxFiles} files at a time; {Files.Count} were sent. Nothing was stored.";
            logger.LogWarning("Upload of {Count} files refused: over {Max}", Files.Count, UploadLimits.MaxFiles);
            return Page();
        }
        foreach (var file in Files)
            results.Add(await AddFileAsync(file, ct));
        if (!string.IsNullOrWhiteSpace(PastedText))
        {
            var name = PastedFileName(PastedName);
            results.Add(await AddAsync(Encoding.UTF8.GetBytes(PastedText), name, false, ct));
        }
        if (results.Count == 0)
            Problem = $"Choose one or more files ({DocumentFormats.AcceptedList}), or paste a text.";
        Results = results;
        return Page();
    }

    /// <summary>"Store anyway" for a file held back as a near-duplicate: the same bytes, sent back from the result page.</summary>
    public async Task<IActionResult> OnPostStoreAnywayAsync(string fileName, string content, CancellationToken ct)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(content ?? "");
        }
        catch (FormatException)
        {
            logger.LogWarning("Store-anyway post for {FileName} carried no valid content", fileName);
            return BadRequest();
        }
        Results = [await AddAsync(bytes, Path.GetFileName(fileName ?? "pasted.txt"), true, ct)];
        return Page();
    }

    private async Task<AddedFile> AddFileAsync(IFormFile file, CancellationToken ct)
    {
        var name = Path.GetFileName(file.FileName);
        if (!DocumentFormats.IsAccepted(name))
            return Refused(name, $"Only {DocumentFormats.AcceptedList} files can be added.");
        if (file.Length > options.Value.MaxFileBytes)
            return Refused(name, DocumentLoader.TooLarge(file.Length, options.Value.MaxFileBytes));
        if (file.Length == 0)
            return Refused(name, "The file is empty.");
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return await AddAsync(buffer.ToArray(), name, false, ct);
    }

    private async Task<AddedFile> AddAsync(byte[] content, string name, bool storeNearDuplicate, CancellationToken ct)
    {
        var result = await intake.AddAsync(content, name, storeNearDuplicate, User.Identity!.Name!, ct);
        return new AddedFile(name, result.Import.Status, result.Import.Slug, result.Import.Reason,
            [.. result.Import.Warnings.Select(w => $"{w.Field}: {w.Message}")], result.NearDuplicate ? Convert.ToBase64String(content) : null,
            result.Import.ExistingTitle, result.Import.ExistingIsDraft);
    }

    private AddedFile Refused(string name, string reason)
    {
        logger.LogWarning("Refused upload {FileName}: {Reason}", name, reason);
        return new AddedFile(name, ImportStatus.Failed, null, reason, [], null, null, false);
    }

    private static string PastedFileName(string? name)
    {
        var cleaned = Slugs.From(name ?? "", MaxPastedName);
        return (cleaned.Length == 0 ? "pasted" : cleaned) + ".txt";
    }
}

/// <param name="HeldBack">The file as base64 when it was held back as a near-duplicate, for "store anyway".</param>
/// <param name="ExistingTitle">For an exact duplicate, the title of the document that already holds these bytes.</param>
/// <param name="ExistingIsDraft">That document is a draft, so the link leads to its review page.</param>
public sealed record AddedFile(string Name, ImportStatus Status, string? Slug, string? Reason, IReadOnlyList<string> Warnings, string? HeldBack,
    string? ExistingTitle, bool ExistingIsDraft)
{
    public string? ExistingHref => Slug is null ? null : ExistingIsDraft ? $"/curate/documents/{Slug}/edit" : $"/documents/{Slug}";
}
