using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests;

public class HomePageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Home_with_the_seeds_lists_five_documents_newest_first()
    {
        var page = await factory.GetDocumentAsync("/");

        var rows = page.QuerySelectorAll("[data-test=document-row]");
        var dates = rows.Select(r => r.QuerySelector("time")?.GetAttribute("datetime")).ToList();
        Assert.Equal(["2025-07-01", "2021-05-25", "2020-11-04", "2019-11-27", "2017-09-06"], dates);
        Assert.All(rows, r => Assert.StartsWith("/documents/", r.QuerySelector("a")!.GetAttribute("href")));
    }

    [Fact]
    public async Task Home_row_shows_kind_and_speaker()
    {
        var page = await factory.GetDocumentAsync("/");

        var newest = page.QuerySelector("[data-test=document-row]")!;
        Assert.Equal("news report", newest.QuerySelector(".kind")!.TextContent);
        Assert.Equal("Tofig Musayev", newest.QuerySelector(".who")!.TextContent);
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=99")]
    [InlineData("/documents/no-such-document")]
    [InlineData("/documents/no-such-document/original")]
    [InlineData("/nothing/here")]
    public async Task Unknown_address_gives_a_helpful_404_page(string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Not found", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Theory]
    [InlineData("/Error?status=99999", 500)]
    [InlineData("/Error?status=200", 500)]
    [InlineData("/Error?status=404", 404)]
    [InlineData("/Error", 404)]
    public async Task Error_page_sends_only_error_status_codes(string url, int expected)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Contains("href=\"/\"", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("TRACE", "/")]
    [InlineData("OPTIONS", "/")]
    [InlineData("PUT", "/documents/x-0123456789ab")]
    [InlineData("DELETE", "/")]
    public async Task Unsupported_method_is_refused_with_405(string method, string url)
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order());
    }

    [Fact]
    public async Task Any_page_sends_a_content_security_policy()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/");

        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
