namespace Archive.Web.Startup;

/// <summary>
/// Pages answer GET, HEAD and POST only. Razor Pages would otherwise render a page for TRACE or OPTIONS without
/// running any handler, with nothing loaded.
/// </summary>
public sealed class AllowedMethods(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsPost(context.Request.Method))
            return next(context);
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD, POST";
        return Task.CompletedTask;
    }
}
