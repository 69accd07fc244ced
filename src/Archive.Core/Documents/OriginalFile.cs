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
}
