using System.Threading.RateLimiting;
using Archive.Core;
using Archive.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Startup;

/// <summary>Sign-in for archivists: Identity cookies, the two policies, the pages they guard, and a rate limit on sign-in.</summary>
public static class ArchiveAccounts
{
    public const string ArchivistPolicy = "Archivist";
    public const string AdministratorPolicy = "Administrator";
    public const string SignInLimiter = "sign-in";

    public static void AddArchiveAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddArchiveIdentity().AddSignInManager();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "archive.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/signin";
            cookie.LogoutPath = "/account/signout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        // The cookie's security stamp is checked against the store on every request (one indexed read), so signing out,
        // a new password, a lock or a new role, each of which renews the stamp, ends every session of that user at once.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder()
            .AddPolicy(ArchivistPolicy, p => p.RequireRole(Roles.Archivist, Roles.Administrator))
            .AddPolicy(AdministratorPolicy, p => p.RequireRole(Roles.Administrator));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "archive.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        var permits = builder.Configuration.GetValue("Archive:SignInAttemptsPerMinute", 10);
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only posted passwords count; reading the form is free.
            limiter.AddPolicy(SignInLimiter, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
    }

    /// <summary>Everything under /Curate needs an archivist, /Admin an administrator; account pages a signed-in user.</summary>
    public static void Protect(RazorPagesOptions pages)
    {
        pages.Conventions.AuthorizeFolder("/Curate", ArchivistPolicy);
        pages.Conventions.AuthorizeFolder("/Admin", AdministratorPolicy);
        pages.Conventions.AuthorizePage("/Account/Password");
        pages.Conventions.AuthorizePage("/Account/SignOut");
        pages.Conventions.ConfigureFilter(new FirstPasswordFilter());
    }
}
