using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Archive.Web.Startup;

/// <summary>
/// A POST that no handler of the page takes answers 405 with the methods the page does take. Razor Pages would
/// otherwise render the page without running any handler: nothing loaded, so a 500 or a wrong page ("the archive is empty").
/// </summary>
public sealed class PostOnlyWhereHandled : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (context.HandlerMethod is not null || HttpMethods.IsGet(context.HttpContext.Request.Method) || HttpMethods.IsHead(context.HttpContext.Request.Method))
            return next();
        var takesPosts = context.ActionDescriptor.HandlerMethods.Any(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase));
        context.HttpContext.Response.Headers.Allow = takesPosts ? "GET, HEAD, POST" : "GET, HEAD";
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
