using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Faults;

/// <summary>A deadline already passed when the request arrives (0 s), so every read meets it, however fast.</summary>
public sealed class InstantDeadlineFactory : ArchiveWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Archive:ReadDeadlineSeconds", "0");
    }
}

public class ReadDeadlineTests(InstantDeadlineFactory factory) : IClassFixture<InstantDeadlineFactory>
{
    [Fact]
    public async Task Search_past_its_deadline_is_cancelled_and_answers_503_with_retry_after_at_once()
    {
        using var client = factory.CreateClient();
        var watch = Stopwatch.StartNew();

        var response = await client.GetAsync("/search?q=peace+OR+council+OR+azerbaijan");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Contains("took too long", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
