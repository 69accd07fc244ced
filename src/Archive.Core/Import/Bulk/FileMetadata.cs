using Archive.Core.Documents;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// What a profile knows about one file from its name and the sidecar. A value set here replaces what the parser read
/// for that field; a null leaves the parser's reading. The body is always the parser's.
/// </summary>
public sealed record FileMetadata
{
    public DocumentKind? Kind { get; init; }
    public string? Title { get; init; }
    public string? Organ { get; init; }
    public int? Session { get; init; }

    /// <summary>The year when only the year is known; the document is dated 1 January of it (see docs/bulk-import.md).</summary>
    public int? Year { get; init; }
    public string? Event { get; init; }

    /// <summary>The State (or organisation) speaking: the document's country, so it lists under that mission.</summary>
    public string? Country { get; init; }

    /// <summary>Replaces the parser's speakers when not empty.</summary>
    public IReadOnlyList<SidecarSpeaker> Speakers { get; init; } = [];

    /// <summary>What the join found worth saying about this file (no sidecar row, a corrected code…); kept as import warnings.</summary>
    public IReadOnlyList<ImportWarning> Notes { get; init; } = [];
}
