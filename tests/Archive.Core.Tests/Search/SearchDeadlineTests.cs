using System.Data.Common;
using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>Every search has a deadline and stops when its caller goes away.</summary>
public class SearchDeadlineTests
{
    [Fact]
    public async Task Search_past_its_deadline_stops_with_a_message_instead_of_running_on()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb(new SlowStore());
        var service = new SearchService(db, SearchEngine.ForStore(db),
            Microsoft.Extensions.Options.Options.Create(new ArchiveOptions { SearchDeadlineSeconds = 0.2 }), NullLogger<SearchService>.Instance);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await service.SearchAsync(new SearchRequest("azerbaijan"), CancellationToken.None);

        Assert.Contains(result.Errors, e => e.Contains("took longer than 0.2 s and was stopped", StringComparison.Ordinal));
        Assert.Empty(result.Hits);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Search_whose_caller_left_is_cancelled()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        using var left = new CancellationTokenSource();
        await left.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SeedArchive.Service(db).SearchAsync(new SearchRequest("azerbaijan"), left.Token));
    }

    /// <summary>A store that answers every query after 30 s unless the caller gives up first.</summary>
    private sealed class SlowStore : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }
}
