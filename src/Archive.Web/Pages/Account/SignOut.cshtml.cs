using Archive.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

public class SignOutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AuditLog audit, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = User.Identity?.Name ?? "";
        logger.LogInformation("{User} signed out", user);
        // A new security stamp makes every copy of this user's cookie, in any browser, worthless, not only this one.
        if (await users.GetUserAsync(User) is { } signedIn)
            await users.UpdateSecurityStampAsync(signedIn);
        await signIn.SignOutAsync();
        await audit.RecordAsync(user, "sign out", user, AuditOutcome.Succeeded, null, ct);
        return Redirect("/");
    }
}
