using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Archive.Web.Startup;

/// <summary>
/// Searches are the one costly thing anonymous readers can ask for. At most Archive:SearchConcurrency run at once and
/// Archive:SearchQueue wait; beyond that a search gets 429 with Retry-After at once, so an overload queues no
/// unbounded work and other pages keep their speed.
/// </summary>
public static class SearchLoad
{
    public static void AddSearchLoadLimit(this WebApplicationBuilder builder)
    {
        var concurrency = builder.Configuration.GetValue("Archive:SearchConcurrency", 4 * Environment.ProcessorCount);
        var queue = builder.Configuration.GetValue("Archive:SearchQueue", 32 * Environment.ProcessorCount);
        builder.Services.Configure<RateLimiterOptions>(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSearch(context.Request.Path)
                ? RateLimitPartition.GetConcurrencyLimiter("search", _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = concurrency, QueueLimit = queue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter("other"));
            limiter.OnRejected = (rejected, _) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchLoad))
                    .LogWarning("Refused {Path} with 429: too many at once", rejected.HttpContext.Request.Path);
                return ValueTask.CompletedTask;
            };
        });
    }

    private static bool IsSearch(PathString path) =>
        path.StartsWithSegments("/search", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/api/search", StringComparison.OrdinalIgnoreCase);
}
