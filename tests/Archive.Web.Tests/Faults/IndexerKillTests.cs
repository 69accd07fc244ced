using System.Diagnostics;
using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// The search index follows the store through the outbox: writes made beside the app (another instance, the import
/// command) are searchable within a second without a search asking for them, and an app killed with SIGKILL while it
/// applies a large backlog catches up from its last commit when it starts again.
/// </summary>
// Runs the app on an SQLite file (TwoInstancesTests covers an index following a PostgreSQL outbox).
[Trait("Store", "SqliteOnly")]
[Trait("Category", "Faults")]
[Collection(AloneCollection.Name)]
public class IndexerKillTests
{
    [Fact]
    public async Task Writes_beside_the_app_are_indexed_within_a_second_and_a_killed_indexer_catches_up_on_start()
    {
        var folder = Directory.CreateTempSubdirectory("archive-indexer-kill-").FullName;
        var database = Path.Combine(folder, "archive.db");
        try
        {
            await using (var app = await AppProcess.StartAsync(database))
            {
                using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
                // A statement stored by another writer is found by the next search, which applies it first.
                await StoreAsync(database, 0, 1);
                var watch = Stopwatch.StartNew();
                Assert.Equal(1, await TotalAsync(client, "wombatmarker"));
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"found after {watch.Elapsed}");
                // And with nobody searching, the app's indexer (four passes a second) applies what is written beside it.
                await StoreAsync(database, 1, 1);
                watch.Restart();
                while (!await CaughtUpAsync(client) && watch.Elapsed < TimeSpan.FromSeconds(10))
                    await Task.Delay(50);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"indexed after {watch.Elapsed}");

                // A backlog large enough to take the indexer a while; the app is killed while it works through it.
                await StoreAsync(database, 2, 2999);
                await Task.Delay(400);
                await app.KillAsync();
            }
            await StoreAsync(database, 3001, 200);

            await using (var restarted = await AppProcess.StartAsync(database))
            {
                using var client = new HttpClient { BaseAddress = new Uri(restarted.BaseUrl) };
                var watch = Stopwatch.StartNew();
                while (!await CaughtUpAsync(client) && watch.Elapsed < TimeSpan.FromSeconds(120))
                    await Task.Delay(200);
                Assert.True(await CaughtUpAsync(client), "the index did not catch up within two minutes");
                Assert.Equal(3201, await TotalAsync(client, "wombatmarker"));
                Assert.Equal(1, await TotalAsync(client, "wombat3100"));
                Assert.Equal(1, await TotalAsync(client, "wombat2999"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<bool> CaughtUpAsync(HttpClient client) => (await client.GetAsync("/health/ready")).IsSuccessStatusCode;

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q={query}"));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    // Statements written straight into the store, as another instance or the import command would, in one transaction.
    private static async Task StoreAsync(string database, int first, int count)
    {
        var options = new DbContextOptionsBuilder<ArchiveDb>();
        ArchiveDbOptions.Configure(options, ArchiveDbOptions.ForFile(database));
        await using var db = new ArchiveDb(options.Options);
        var body = string.Join(' ', Enumerable.Repeat("The delegation reaffirms its commitment to the Charter and to multilateral cooperation.", 40));
        for (var i = first; i < first + count; i++)
        {
            db.Documents.Add(new Document
            {
                Key = $"indexer-kill-{i}",
                Slug = $"statement-{i}-indexer-kill-{i}",
                Kind = DocumentKind.Statement,
                Title = $"Statement {i}",
                Body = $"wombatmarker wombat{i}. {body}",
                ImportedAt = DateTimeOffset.UtcNow,
                ImportedVia = "test",
            });
        }
        await db.SaveChangesAsync();
    }
}
