using System.Net;
using System.Text.Json;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Faults;

public class HealthTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Live_answers_200_and_ready_reports_store_migrations_and_index()
    {
        using var client = factory.CreateClient();

        var live = await client.GetAsync("/health/live");
        var ready = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var json = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Contains("migrations applied", json.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(ready.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Ready_answers_503_naming_the_lag_when_the_search_index_is_behind_and_200_once_caught_up()
    {
        using var client = factory.CreateClient();
        await client.GetAsync("/search?q=azerbaijan");
        var engine = factory.Services.GetRequiredService<Archive.Core.Search.Engine.SearchEngine>();
        using (var scope = factory.Services.CreateScope())
        {
            // Rows the index has not applied yet, as a write through another instance would leave them.
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            await db.Database.ExecuteSqlAsync($"""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200000)
                INSERT INTO search_outbox("DocumentId", "At") SELECT (SELECT min("Id") FROM documents), {DateTime.UtcNow} FROM n
                """);
        }

        var behind = await client.GetAsync("/health/ready");
        var live = await client.GetAsync("/health/live");
        using (var scope = factory.Services.CreateScope())
            await engine.CatchUpAsync(scope.ServiceProvider.GetRequiredService<ArchiveDb>(), CancellationToken.None);
        var caughtUp = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, behind.StatusCode);
        Assert.Contains("catching up", await behind.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, caughtUp.StatusCode);
    }
}
