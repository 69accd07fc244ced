using System.Diagnostics;
using System.Net;
using Archive.Core.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;

namespace Archive.Web.Tests.Faults;

/// <summary>The store's own wait for a lock cut to one second (busy_timeout stays 10 s), so the test waits seconds, not half a minute.</summary>
public sealed class ShortLockWaitFactory : ArchiveWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Archive", $"Data Source={DatabasePath};Default Timeout=1");
    }
}

/// <summary>Another process holds the write lock past the timeout: writes get a friendly 503 with Retry-After, reads go on.</summary>
// SQLite's write lock; PostgreSQL locks rows, not the store.
[Trait("Store", "SqliteOnly")]
public class WriteLockTests(ShortLockWaitFactory factory) : IClassFixture<ShortLockWaitFactory>
{
    [Fact]
    public async Task Edit_while_another_writer_holds_the_lock_gets_503_with_retry_after_and_reads_keep_working()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var document = await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt");
        var slug = document.Split('/')[^1];
        var before = await factory.CountsAsync(audit: false);
        var editPage = await archivist.GetStringAsync($"/curate/documents/{slug}/edit");

        HttpResponseMessage edit;
        TimeSpan readTime;
        HttpStatusCode readStatus;
        await using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE;";
                await begin.ExecuteNonQueryAsync();
            }
            var editing = ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
                new() { ["Form.Title"] = "Saved while the store was locked" });
            var watch = Stopwatch.StartNew();
            using var reader = factory.CreateClient();
            readStatus = (await reader.GetAsync("/search?q=peace")).StatusCode;
            readTime = watch.Elapsed;
            edit = await editing;
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, edit.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), edit.Headers.RetryAfter?.Delta);
        Assert.Contains("nothing was saved", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, readStatus);
        // Well under the 10 s a write waits for the lock: the read did not wait for it.
        Assert.True(readTime < TimeSpan.FromSeconds(8), $"a read took {readTime} while the lock was held");
        Assert.Equal(before, await factory.CountsAsync(audit: false));

        var retried = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { ["Form.Title"] = "Saved once the lock was gone" });
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.NotEqual(editPage, await archivist.GetStringAsync($"/curate/documents/{slug}/edit"));
    }
}
