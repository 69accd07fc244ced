using Archive.Core.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Keeps this instance's index in step with the store: applies new outbox rows a few times a second (a change made
/// through another instance or the import command shows here too), builds the index on first start, and now and then
/// prunes outbox rows older than a week that it has applied.
/// </summary>
public sealed class SearchIndexer(IServiceScopeFactory scopes, SearchEngine engine, ILogger<SearchIndexer> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan PruneEvery = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepRows = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pruned = DateTime.UtcNow;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
                await engine.CatchUpAsync(db, stoppingToken);
                if (DateTime.UtcNow - pruned > PruneEvery)
                {
                    await engine.PruneAsync(db, KeepRows, stoppingToken);
                    pruned = DateTime.UtcNow;
                }
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A busy or full store, say: the rows stay in the outbox and are applied on a later pass.
                if (failures++ % 40 == 0)
                    logger.LogWarning(ex, "The search index could not apply the outbox; retrying");
            }
            try
            {
                await Task.Delay(failures > 0 ? Interval * 8 : Interval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
