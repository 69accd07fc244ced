using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Archive.Core.Accounts;

/// <summary>Creates users with a role; used by `archive create-admin` and the administrators' user pages.</summary>
public sealed class Administrators(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    /// <summary>The claim of a user whose first password was set by an administrator: they must choose their own before curating.</summary>
    public const string MustChangePasswordClaim = "archive:must-change-password";

    /// <summary>
    /// Creates the user (email as user name) with <paramref name="password"/> and <paramref name="role"/>; errors as sentences.
    /// With <paramref name="mustChangePassword"/> the user has to choose a new password at their first sign-in.
    /// </summary>
    public async Task<IReadOnlyList<string>> CreateUserAsync(string email, string? password, string role, CancellationToken ct, bool mustChangePassword = false)
    {
        if (!Roles.All.Contains(role))
            return [$"\"{role}\" is not a role; use {string.Join(" or ", Roles.All)}."];
        await EnsureRolesAsync();
        if (await users.FindByEmailAsync(email) is not null)
            return [$"There is already a user with the email {email}."];
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return [.. created.Errors.Select(e => e.Description)];
        ct.ThrowIfCancellationRequested();
        var added = await users.AddToRoleAsync(user, role);
        if (added.Succeeded && mustChangePassword)
            added = await users.AddClaimAsync(user, new Claim(MustChangePasswordClaim, "true"));
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
