using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

public class SignOutModel(SignInManager<IdentityUser> signIn, ILogger<SignOutModel> logger) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        logger.LogInformation("{User} signed out", User.Identity?.Name);
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
