using Archive.Core.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Startup;

/// <summary>
/// A user whose first password an administrator set opens no curation or administration page, and writes nothing,
/// until they have chosen their own password: every such request goes to the password page.
/// </summary>
public sealed class FirstPasswordFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var path = context.ActionDescriptor.ViewEnginePath;
        var guarded = path.StartsWith("/Curate/", StringComparison.Ordinal) || path.StartsWith("/Admin/", StringComparison.Ordinal);
        if (guarded && context.HttpContext.User.HasClaim(c => c.Type == Administrators.MustChangePasswordClaim))
        {
            context.HttpContext.RequestServices.GetRequiredService<ILogger<FirstPasswordFilter>>()
                .LogInformation("{User} must choose a password before opening {Page}", context.HttpContext.User.Identity?.Name, path);
            context.Result = new RedirectResult("/account/password");
            return;
        }
        await next();
    }
}
