using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

[AllowAnonymous]
[IgnoreAntiforgeryToken]
public class DeniedModel(ILogger<DeniedModel> logger) : PageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        logger.LogWarning("{User} was refused a page their role does not open", User.Identity?.Name);
    }
}
