namespace Archive.Web.Pages;

/// <summary>A labelled metadata value, shown only when the document has one, and linked when it has a page of its own.</summary>
public sealed record Field(string Label, string? Value, string Test, string? Href = null);
