using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Startup;

/// <summary>
/// An address whose route value is only spaces (/documents/%20) names nothing: 404. Model binding would turn the
/// value into null, which no page expects of a value its route requires.
/// </summary>
public sealed class BlankRouteValues : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.RouteData.Values.Values.Any(v => v is string text && text.Length > 0 && string.IsNullOrWhiteSpace(text)))
        {
            context.Result = new NotFoundResult();
            return Task.CompletedTask;
        }
        return next();
    }
}
