using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

/// <summary>Shown for status codes and unhandled errors, with a way back instead of a stack trace.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Status { get; set; }

    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        var status = Status ?? 500;
        (Heading, Message) = status switch
        {
            404 => ("Not found", "There is nothing at this address. The document may have a different permalink; the list of documents has them all."),
            400 => ("Bad request", "The request could not be understood."),
            413 => ("Too large", "The request was larger than the archive accepts."),
            _ => ("Something went wrong", "The archive could not answer this request. The error has been logged."),
        };
        if (Status is int code && code >= 400)
            Response.StatusCode = code;
        else
            Response.StatusCode = 500;
    }
}
