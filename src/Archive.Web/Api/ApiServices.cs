using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Api;

/// <summary>What the machine interfaces (API, OAI-PMH, feeds, exports) need: problem details, the OpenAPI document, a per-client rate limit.</summary>
public static class ApiServices
{
    public const string RateLimitPolicy = "machine-readers";

    public static void AddArchiveApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<ChangeCache>();
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Statements Archive API";
            document.Info.Version = "v1";
            document.Info.Description = "Read-only access to the archive's public documents, speakers, organs, sessions, agenda items, kinds and missions. See docs/api.md.";
            return Task.CompletedTask;
        }));
        var permits = builder.Configuration.GetValue("Archive:ApiRequestsPerMinute", 300);
        builder.Services.AddRateLimiter(limiter =>
        {
            // Each client (by address) gets its own window, so one busy harvester cannot starve the others.
            limiter.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = async (rejected, ct) =>
            {
                var http = rejected.HttpContext;
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiServices))
                    .LogWarning("Rate limit reached by {Client} on {Path}", http.Connection.RemoteIpAddress, http.Request.Path);
                if (!IsMachinePath(http.Request.Path))
                    return;  // the sign-in form keeps its HTML error page
                await Problems.Write(http, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"This client has made more than {permits} requests in a minute. Try again in {seconds} seconds.", ct);
            };
        });
    }

    public static bool IsMachinePath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/oai") || path.StartsWithSegments("/feed") || path.StartsWithSegments("/search/export");
}
