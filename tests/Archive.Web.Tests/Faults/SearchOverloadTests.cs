using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Archive.Web.Tests.Faults;

/// <summary>One search at a time and none waiting, so a burst is an overload.</summary>
public sealed class NarrowSearchFactory : ArchiveWebFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Archive:SearchConcurrency", "1");
        builder.UseSetting("Archive:SearchQueue", "0");
    }
}

public class SearchOverloadTests(NarrowSearchFactory factory) : IClassFixture<NarrowSearchFactory>
{
    [Fact]
    public async Task Searches_beyond_the_limit_get_429_with_retry_after_while_other_pages_and_later_searches_answer()
    {
        using var client = factory.CreateClient();
        await client.GetAsync("/search?q=warm");

        var burst = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => client.GetAsync($"/api/search?q=peace+OR+azerbaijan+OR+council&page={1 + (i % 3)}")));
        var home = await client.GetAsync("/");

        Assert.All(burst, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"answered {(int)r.StatusCode}"));
        var refused = burst.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.NotEmpty(refused);
        Assert.Contains(burst, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "no Retry-After"));
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=peace")).StatusCode);
    }

    [Fact]
    public async Task Refused_search_page_says_to_wait_not_that_sign_in_failed()
    {
        using var client = factory.CreateClient();

        var burst = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.GetAsync("/search?q=peace+OR+council")));

        var refused = burst.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused);
        var text = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Too many searches", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sign-in", text, StringComparison.Ordinal);
    }
}
