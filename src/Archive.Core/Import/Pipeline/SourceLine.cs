namespace Archive.Core.Import.Pipeline;

/// <summary>One line of the normalised text, its offset in it, and the zone it belongs to.</summary>
internal sealed record SourceLine(int Start, string Text, Zone Zone)
{
    public int End => Start + Text.Length;
}

/// <summary>Where a line sits in the document; extractors read the zones that can hold their field.</summary>
internal enum Zone
{
    FrontMatter,
    WebNoise,
    Masthead,
    Heading,
    Body,
    Signature,
}
