namespace Archive.Web.Pages;

/// <summary>Absolute addresses for canonical links and citations, built from the request that asked for the page.</summary>
public static class Canonical
{
    /// <summary>ViewData key a page sets to its canonical path ("/documents/…"); the layout makes it absolute.</summary>
    public const string Key = "Canonical";

    public static string Absolute(HttpRequest request, string path) =>
        $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{path}";
}
