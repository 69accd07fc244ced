using Archive.Core.Documents;

namespace Archive.Core.Reading;

/// <summary>A document as a line in a list of related ones: enough to link to it and say what it is.</summary>
public sealed record RelatedRow(string Slug, string Title, DocumentKind Kind, DateOnly? Date, string? Speaker, string? Author);
