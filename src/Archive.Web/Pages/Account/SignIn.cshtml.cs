using System.ComponentModel.DataAnnotations;
using Archive.Core.Audit;
using Archive.Web.Startup;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Pages.Account;

[AllowAnonymous]
[EnableRateLimiting(ArchiveAccounts.SignInLimiter)]
public class SignInModel(SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher, AuditLog audit, ILogger<SignInModel> logger) : PageModel
{
    // A hash of a random password, made once, to check against when there is no password to check: see OnPostAsync.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [StringLength(256)]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Problem { get; private set; }

    public const string SignInRefused = "The email or the password is not right, or the account is locked (after five failed attempts, "
        + "for 15 minutes, or by an administrator). Try again later or ask an administrator.";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var result = await signIn.PasswordSignInAsync(Email, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("{User} signed in", Email);
            await audit.RecordAsync(Email, "sign in", Email, AuditOutcome.Succeeded, null, ct);
            return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/curate");
        }
        // An unknown email or a locked account is refused before any password is hashed, in a few milliseconds against the
        // hundred of a wrong password; hashing against a dummy makes every refusal take as long, so timing reveals no account.
        if (!result.IsNotAllowed && (result.IsLockedOut || await signIn.UserManager.FindByNameAsync(Email) is null))
            hasher.VerifyHashedPassword(new IdentityUser(), DummyHash.Value, Password);
        // The same words for an unknown email, a wrong password and a locked account: only existing accounts lock, so a
        // separate "locked" message would tell anyone who tried five times which emails have an account.
        Problem = SignInRefused;
        logger.LogWarning("Sign-in failed for {User}: {Reason}", Email, result.IsLockedOut ? "locked out" : "wrong email or password");
        await audit.RecordAsync(Email, "sign in", Email, AuditOutcome.Refused, result.IsLockedOut ? "locked out" : "wrong email or password", ct);
        return Page();
    }
}
