using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests;

/// <summary>Requests that keep the status code (no redirects followed) and parse the page whatever it is.</summary>
public static class BrowsePages
{
    public static async Task<(int Status, IHtmlDocument Page, string? Location)> GetAsync(this ArchiveWebFactory factory, string url)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync(url);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return ((int)response.StatusCode, page, response.Headers.Location?.OriginalString);
    }

    public static async Task<IHtmlDocument> GetNotFoundAsync(this ArchiveWebFactory factory, string url)
    {
        var (status, page, _) = await factory.GetAsync(url);
        Assert.Equal(404, status);
        Assert.Equal("Not found", page.QuerySelector("h1")?.TextContent);
        return page;
    }

    public static IReadOnlyList<string> Hrefs(this IHtmlDocument page, string selector) =>
        [.. page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href") ?? "")];

    public static IReadOnlyList<string> RowSlugs(this IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-test=document-row]").Select(r => r.GetAttribute("data-slug") ?? "")];

    public static IReadOnlyList<string> RowDates(this IHtmlDocument page) =>
        [.. page.QuerySelectorAll("[data-test=document-row] time").Select(t => t.GetAttribute("datetime") ?? "")];
}
