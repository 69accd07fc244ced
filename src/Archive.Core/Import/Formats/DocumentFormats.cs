namespace Archive.Core.Import.Formats;

/// <summary>
/// The formats the archive takes (.txt, .md, .pdf, .docx, .html), and the one extractor that reads a file: its signature
/// decides first (a PDF named .txt is still a PDF), then its extension; a file whose extension promises a signature it
/// lacks is refused as damaged or misnamed.
/// </summary>
public static class DocumentFormats
{
    private static readonly IFormatExtractor[] Extractors =
        [new PdfExtractor(), new DocxExtractor(), new HtmlExtractor(), new PlainTextExtractor()];

    /// <summary>Every extension accepted, for upload forms and folder imports: ".txt", ".md", ".pdf", ".docx", ".html", ".htm".</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".pdf", ".docx", ".html", ".htm"];

    public static bool IsAccepted(string fileName) =>
        Extensions.Contains(Path.GetExtension(fileName), StringComparer.OrdinalIgnoreCase);

    /// <summary>"the formats .txt, .md, .pdf, .docx, .html and .htm", for messages.</summary>
    public static string AcceptedList => string.Join(", ", Extensions.SkipLast(1)) + " and " + Extensions[^1];

    /// <summary>Reads <paramref name="content"/> as the format its signature or name says.</summary>
    /// <returns>The extraction and the media type to store with the original.</returns>
    public static (Extraction Result, string MediaType) Extract(byte[] content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var head = content[..Math.Min(content.Length, 8)];
        var bySignature = Extractors.FirstOrDefault(e => e.HasSignature(head));
        var byName = Extractors.FirstOrDefault(e => e.Extensions.Contains(extension));
        if (bySignature is null && byName?.SignedAs is { } promised)
            return (Extraction.Failed($"The file is named {extension} but is not a {promised}: it is damaged or misnamed."), byName.MediaType);
        var extractor = bySignature ?? byName ?? Extractors[^1];
        var mediaType = extractor is PlainTextExtractor && extension == ".md" ? "text/markdown" : extractor.MediaType;
        return (extractor.Extract(content), mediaType);
    }
}
