namespace Archive.Core.Documents;

/// <summary>The imported file byte for byte, kept apart from <see cref="Document"/> so listings never load it.</summary>
public class OriginalFile
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>"application/pdf", "text/plain", …: how the original is served back.</summary>
    public required string MediaType { get; set; }

    /// <summary>
    /// The text the parser read: what the PDF, Word or HTML extractor made of <see cref="Content"/>, or the decoded text
    /// file. Null for text files stored before extraction was kept and for those of a bulk import: they are decoded again
    /// when needed.
    /// </summary>
    public string? ExtractedText { get; set; }

    /// <summary>
    /// Whether the extracted text is worth a copy of its own. A plain-text or Markdown file decodes to it again exactly,
    /// and a corpus imported whole would otherwise hold every text three times (original, extracted text, body).
    /// </summary>
    public static bool KeepsExtractedText(string mediaType) => mediaType is not ("text/plain" or "text/markdown");
}
