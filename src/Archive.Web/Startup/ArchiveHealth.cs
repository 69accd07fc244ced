using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Search;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Archive.Web.Startup;

/// <summary>
/// /health/live: the process answers. /health/ready: the store opens, every migration is applied and the search index
/// holds every readable document, so a balancer or an operator knows the archive can serve.
/// </summary>
public static class ArchiveHealth
{
    private const string Ready = "ready";

    public static void AddArchiveHealth(this IServiceCollection services) =>
        services.AddHealthChecks().AddCheck<StoreReadiness>("store", tags: [Ready]);

    public static void MapArchiveHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }));
    }
}

public sealed class StoreReadiness(ArchiveDb db, Archive.Core.Search.Engine.SearchEngine index) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The store cannot be opened.");
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
                return HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied: {string.Join(", ", pending)}.");
            // The index holds the public documents (not withdrawn, not drafts) and has applied every change in the outbox.
            var newest = await Archive.Core.Search.Engine.SearchEngine.NewestChangeAsync(db, cancellationToken);
            var position = index.Position;
            if (position < newest)
                return HealthCheckResult.Unhealthy($"The search index is catching up: {newest - Math.Max(0, position)} changes to apply.");
            var documents = await db.Documents.CountAsync(cancellationToken);
            var indexed = index.Count;
            return documents == indexed
                ? HealthCheckResult.Healthy($"Store open, migrations applied, {indexed} documents indexed.")
                : HealthCheckResult.Unhealthy($"The search index holds {indexed} of {documents} documents; run reindex.");
        }
        catch (System.Data.Common.DbException ex)
        {
            return HealthCheckResult.Unhealthy("The store answered with an error: " + ex.Message);
        }
    }
}
