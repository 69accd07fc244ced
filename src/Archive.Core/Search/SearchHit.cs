using Archive.Core.Documents;

namespace Archive.Core.Search;

/// <summary>One document found, with snippet fragments of its body (each a list of parts, matched words marked).</summary>
public sealed record SearchHit(
    string Slug,
    string Title,
    DocumentKind Kind,
    DateOnly? Date,
    string? Speaker,
    string? Author,
    string? Symbol,
    IReadOnlyList<IReadOnlyList<SnippetPart>> Snippet);
