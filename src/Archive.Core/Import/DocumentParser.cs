namespace Archive.Core.Import;

// Placeholder until the parser branch lands; replaced wholesale by the merge.
public static class DocumentParser
{
    public static ParsedDocument Parse(string text, string source) => new() { Body = text.Trim(), Title = source };
}
