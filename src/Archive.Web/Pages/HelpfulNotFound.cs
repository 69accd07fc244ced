using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages;

public static class HelpfulNotFound
{
    /// <summary>A 404 whose page says why and links to where there is something, with a log line for the archivist.</summary>
    public static NotFoundResult NotFoundWithHelp(this PageModel page, ILogger logger, string message, params IEnumerable<Crumb?> links)
    {
        logger.LogInformation("Nothing to show at {Path}: {Reason}", page.Request.Path, message);
        new NotFoundHelp(message, [.. links.OfType<Crumb>()]).AttachTo(page.HttpContext);
        return page.NotFound();
    }
}
