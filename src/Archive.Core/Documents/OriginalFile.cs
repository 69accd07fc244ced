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
    /// file. Null for files stored before extraction was kept; those are text files, decoded again when needed.
    /// </summary>
    public string? ExtractedText { get; set; }
}
