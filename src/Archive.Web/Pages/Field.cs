namespace Archive.Web.Pages;

/// <summary>A labelled metadata value, shown only when the document has one.</summary>
public sealed record Field(string Label, string? Value, string Test);
