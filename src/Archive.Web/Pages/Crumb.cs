namespace Archive.Web.Pages;

/// <summary>A labelled link: a breadcrumb step (the current page has no address) or a way on from a 404 page.</summary>
public sealed record Crumb(string Label, string? Href = null);
