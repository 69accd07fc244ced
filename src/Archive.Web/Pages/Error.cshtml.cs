using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>Shown for status codes and unhandled errors, with a way back instead of a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    private static readonly Crumb[] Sections =
    [
        new("Browse by date: every year with documents", "/browse"),
        new("Organs and sessions", "/organs"),
        new("Agenda items", "/agenda"),
        new("Kinds of document", "/kinds"),
        new("Missions and authors", "/missions"),
    ];

    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    /// <summary>Where to go instead: set by the page that found nothing, else the section the address was in.</summary>
    public IReadOnlyList<Crumb> Links { get; private set; } = [];

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        // Re-executed for a status code or an exception, the response already carries the right code; a direct
        // visit may ask for an error code but nothing outside 400–599.
        // A direct visit without a code has nothing to report: it is just an address with no page.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null && HttpContext.Features.Get<IExceptionHandlerFeature>() is null)
            Response.StatusCode = Status is >= 400 and <= 599 ? Status.Value : Status is null ? 404 : 500;
        (Heading, Message) = Response.StatusCode switch
        {
            400 => ("Bad request", "The request could not be understood."),
            401 or 403 => ("Not allowed", "This page is for signed-in archivists."),
            404 => ("Not found", "There is nothing at this address. The list of documents links to every document in the archive."),
            405 => ("Not allowed", "This address cannot be used that way."),
            413 => ("Too large", "The request was larger than the archive accepts. Uploads take files of up to 10 MB each, 50 MB at a time."),
            429 when HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath.StartsWith("/account", StringComparison.OrdinalIgnoreCase) == true
                => ("Too many attempts", "Too many sign-in attempts from here in the last minute. Wait a minute and try again."),
            429 => ("Too many searches", "The archive is answering as many searches as it can just now. Wait a moment and try again."),
            507 => ("Storage full", "The archive's storage is full, so nothing was saved. Tell an administrator; reading goes on as before."),
            503 when HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method)
                => ("Too slow", "The archive took too long to answer this. Try again in a moment, or narrow the search."),
            503 => ("Busy", "The archive is busy saving other changes, so nothing was saved. Wait a few seconds and send it again."),
            _ => ("Something went wrong", "The archive could not answer this request."),
        };
        if (Response.StatusCode == 404)
            Help();
    }

    private void Help()
    {
        if (NotFoundHelp.Of(HttpContext) is { } help)
        {
            (Message, Links) = (help.Message, help.Links);
            return;
        }
        // An address the routes did not match (/browse/abcd) still gets the index of the section it was in.
        var path = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
        var section = Sections.FirstOrDefault(s => path.StartsWith(s.Href!, StringComparison.OrdinalIgnoreCase)
            && (path.Length == s.Href!.Length || path[s.Href!.Length] == '/'));
        if (section is not null)
            Links = [section];
    }
}
