using System.Text;
using Archive.Core;
using Archive.Core.Curation;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Archive.Web.Pages.Curate;

/// <summary>
/// Adds documents: one or many .txt/.md files, or pasted text. Each is stored on its own, so a bad file never stops the
/// good ones; each stored document links to its review page (the edit form with the importer's warnings).
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
            Problem = "Choose one or more .txt or .md files, or paste a text.";
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
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension is not (".txt" or ".md"))
            return Refused(name, "Only .txt and .md files can be added.");
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
            [.. result.Import.Warnings.Select(w => $"{w.Field}: {w.Message}")], result.NearDuplicate ? Convert.ToBase64String(content) : null);
    }

    private AddedFile Refused(string name, string reason)
    {
        logger.LogWarning("Refused upload {FileName}: {Reason}", name, reason);
        return new AddedFile(name, ImportStatus.Failed, null, reason, [], null);
    }

    private static string PastedFileName(string? name)
    {
        var cleaned = Slugs.From(name ?? "", MaxPastedName);
        return (cleaned.Length == 0 ? "pasted" : cleaned) + ".txt";
    }
}

/// <param name="HeldBack">The file as base64 when it was held back as a near-duplicate, for "store anyway".</param>
public sealed record AddedFile(string Name, ImportStatus Status, string? Slug, string? Reason, IReadOnlyList<string> Warnings, string? HeldBack);
