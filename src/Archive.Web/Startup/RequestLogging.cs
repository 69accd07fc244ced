using System.Diagnostics;

namespace Archive.Web.Startup;

/// <summary>One log line per request: method, path, status and time taken.</summary>
public sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var status = 500;
        try
        {
            await next(context);
            status = context.Response.StatusCode;
        }
        finally
        {
            // An exception that escaped every handler reaches the client as a 500, whatever the response said.
            logger.LogInformation("HTTP {Method} {Path}{Query} responded {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path, context.Request.QueryString, status,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
