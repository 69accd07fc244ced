namespace Archive.Web.Feeds;

/// <summary>The Atom feed of what a page lists: the layout puts it in the head, the page shows it as a link.</summary>
public sealed record FeedLink(string Href, string Title)
{
    /// <summary>ViewData key a page sets to its <see cref="FeedLink"/>.</summary>
    public const string Key = "Feed";
}
