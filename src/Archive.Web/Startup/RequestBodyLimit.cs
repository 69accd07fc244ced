using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Archive.Web.Startup;

/// <summary>
/// A request whose declared length is over the page's limit gets 413 and the "Too large" page before anything reads it.
/// Left to Kestrel, the body stops at the limit while the antiforgery check reads the form, which it reports as a 400.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next, ILogger<RequestBodyLimit> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        // The error page shown for the 413 runs through here again, with the same request; it must not be refused in turn.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            return next(context);
        // The page's own limit when it sets one (null there means none: [DisableRequestSizeLimit]), else the server's.
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>();
        var limit = metadata is not null ? metadata.MaxRequestBodySize : context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is not { } length || limit is null || length <= limit)
            return next(context);
        logger.LogWarning("Refused {Method} {Path}: {Length} bytes is over the {Limit}-byte limit", context.Request.Method, context.Request.Path, length, limit);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        // The body is not read; the connection closes after the answer rather than taking megabytes it would discard.
        context.Response.Headers.Connection = "close";
        return Task.CompletedTask;
    }
}
