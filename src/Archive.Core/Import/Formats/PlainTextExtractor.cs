namespace Archive.Core.Import.Formats;

/// <summary>UTF-8 (or UTF-16 with a mark) .txt and .md files, read as they are.</summary>
public sealed class PlainTextExtractor : IFormatExtractor
{
    public string MediaType => "text/plain";
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md"];
    public string? SignedAs => null;
    public bool HasSignature(ReadOnlySpan<byte> head) => false;

    public Extraction Extract(byte[] content) =>
        SourceText.TryDecode(content, out var error) is { } text ? Extraction.Of(text) : Extraction.Failed(error!);
}
