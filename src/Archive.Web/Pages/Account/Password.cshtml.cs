using System.ComponentModel.DataAnnotations;
using Archive.Core.Accounts;
using Archive.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Account;

public class PasswordModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuditLog audit) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter your current password."), DataType(DataType.Password), StringLength(256)]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "Enter a new password."), DataType(DataType.Password), StringLength(256)]
    public string New { get; set; } = "";

    [BindProperty, DataType(DataType.Password), Compare(nameof(New), ErrorMessage = "The two new passwords differ.")]
    public string Confirm { get; set; } = "";

    public string? Done { get; private set; }

    /// <summary>The first password was given by an administrator; curation waits until the user has chosen their own.</summary>
    public bool MustChange => User.HasClaim(c => c.Type == Administrators.MustChangePasswordClaim);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
            return Page();
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var changed = await users.ChangePasswordAsync(user, Current, New);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
                ModelState.AddModelError(error.Code == "PasswordMismatch" ? nameof(Current) : nameof(New), error.Description);
            await audit.RecordAsync(user.Email!, "change password", user.Email!, AuditOutcome.Refused, string.Join(" ", changed.Errors.Select(e => e.Code)), ct);
            return Page();
        }
        var first = (await users.GetClaimsAsync(user)).Where(c => c.Type == Administrators.MustChangePasswordClaim).ToList();
        if (first.Count > 0)
            await users.RemoveClaimsAsync(user, first);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(user.Email!, "change password", user.Email!, AuditOutcome.Succeeded, null, ct);
        Done = "Your password is changed.";
        return Page();
    }
}
