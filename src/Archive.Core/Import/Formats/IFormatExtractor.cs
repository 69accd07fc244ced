namespace Archive.Core.Import.Formats;

/// <summary>Turns one file format into the plain text the parser reads; chosen by <see cref="DocumentFormats"/>.</summary>
public interface IFormatExtractor
{
    /// <summary>The media type stored with the original ("application/pdf").</summary>
    string MediaType { get; }

    /// <summary>Lower-case extensions with the dot (".pdf") that name this format.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>What this format is called in messages ("PDF"); null for formats without a signature.</summary>
    string? SignedAs { get; }

    /// <summary>True when the first bytes are this format's signature; formats without one (text, HTML) return false.</summary>
    bool HasSignature(ReadOnlySpan<byte> head);

    /// <summary>The text, or a sentence saying why there is none; never throws for bad input.</summary>
    Extraction Extract(byte[] content);
}

/// <param name="Text">The text for the parser, or null when <paramref name="Error"/> says why not.</param>
public sealed record Extraction(string? Text, string? Error)
{
    public static Extraction Of(string text) => new(text, null);
    public static Extraction Failed(string error) => new(null, error);
}
