using Archive.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

public class SignOutModel(SignInManager<IdentityUser> signIn, AuditLog audit, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = User.Identity?.Name ?? "";
        logger.LogInformation("{User} signed out", user);
        await signIn.SignOutAsync();
        await audit.RecordAsync(user, "sign out", user, AuditOutcome.Succeeded, null, ct);
        return Redirect("/");
    }
}
