namespace Archive.Web.Pages;

/// <summary>
/// What a page that found nothing tells the reader, and where to go instead. The page stores it on the request; the
/// error page, re-executed for the 404 on the same request, shows it.
/// </summary>
public sealed record NotFoundHelp(string Message, IReadOnlyList<Crumb> Links)
{
    private const string ItemKey = "Archive.NotFoundHelp";

    public static NotFoundHelp? Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var help) ? help as NotFoundHelp : null;

    public void AttachTo(HttpContext context) => context.Items[ItemKey] = this;
}
