using System.ComponentModel.DataAnnotations;
using Archive.Core.Accounts;
using Archive.Core.Audit;
using Archive.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Admin;

/// <summary>Administrators create archivists (there is no public sign-up), change roles, and lock or unlock accounts.</summary>
public class UsersModel(ArchiveDb db, UserManager<IdentityUser> users, Administrators administrators, AuditLog audit) : PageModel
{
    [BindProperty, EmailAddress(ErrorMessage = "Enter an email address such as name@example.org."), StringLength(256)]
    public string? Email { get; set; }

    [BindProperty, StringLength(256), DataType(DataType.Password)]
    public string? Password { get; set; }

    [BindProperty, StringLength(32)]
    public string? Role { get; set; }

    [BindProperty, StringLength(64)]
    public string? UserId { get; set; }

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];
    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) || Role is null)
            ModelState.AddModelError(nameof(Email), "Give the email, a first password and a role.");
        if (ModelState.IsValid)
        {
            var problems = await administrators.CreateUserAsync(Email!.Trim(), Password!, Role!, ct, mustChangePassword: true);
            await audit.RecordAsync(Me, "create user", Email!, problems.Count == 0 ? AuditOutcome.Succeeded : AuditOutcome.Refused, problems.Count == 0 ? Role : string.Join(" ", problems), ct);
            if (problems.Count == 0)
                Done = $"Created {Email} as {Role}. Give them the first password in person; at their first sign-in they must choose their own before they can curate.";
            else
                Problem = string.Join(" ", problems);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRoleAsync(CancellationToken ct) =>
        await ChangeAsync("change role", async user =>
        {
            if (Role is null || !Roles.All.Contains(Role))
                return "Choose a role from the list.";
            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, Role);
            await users.UpdateSecurityStampAsync(user);
            return null;
        }, ct);

    public async Task<IActionResult> OnPostLockAsync(CancellationToken ct) =>
        await ChangeAsync("lock user", async user =>
        {
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue);
            // A new security stamp ends the sessions the user already has.
            await users.UpdateSecurityStampAsync(user);
            return null;
        }, ct);

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct) =>
        await ChangeAsync("unlock user", async user =>
        {
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            return null;
        }, ct);

    private string Me => User.Identity!.Name!;

    private async Task<IActionResult> ChangeAsync(string action, Func<IdentityUser, Task<string?>> change, CancellationToken ct)
    {
        var user = UserId is null ? null : await users.FindByIdAsync(UserId);
        var problem = user is null ? "There is no such user."
            : user.UserName == Me ? "You cannot change your own role or lock yourself out; ask another administrator." : null;
        problem ??= await change(user!);
        await audit.RecordAsync(Me, action, user?.Email ?? UserId ?? "", problem is null ? AuditOutcome.Succeeded : AuditOutcome.Refused, problem ?? Role, ct);
        if (problem is null)
            Done = $"Done: {action} for {user!.Email}.";
        else
            Problem = problem;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var roles = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct);
        var list = await db.Users.OrderBy(u => u.Email).Take(500).ToListAsync(ct);
        Rows = [.. list.Select(u => new UserRow(u.Id, u.Email ?? u.UserName ?? "", string.Join(", ", roles.Where(r => r.UserId == u.Id).Select(r => r.Name)),
            u.LockoutEnd is { } end && end > DateTimeOffset.UtcNow))];
    }
}

public sealed record UserRow(string Id, string Email, string Roles, bool Locked);
