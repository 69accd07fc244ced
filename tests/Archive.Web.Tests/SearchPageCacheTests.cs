using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Curation;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// Search pages are kept for anonymous readers like the browse pages, keyed by their whole query string and the store's
/// stamp: the same search again comes from the cache (it carries an Age header), a write anywhere makes the next one
/// render afresh with what changed, and signed-in users are never served a kept page nor leave one behind.
/// </summary>
public class SearchPageCacheTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task The_same_search_again_is_answered_from_the_cache_and_another_query_string_is_not()
    {
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/search?q=azerbaijan");
        var second = await client.GetAsync("/search?q=azerbaijan");
        var sorted = await client.GetAsync("/search?q=azerbaijan&sort=newest");

        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.False(sorted.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_document_edited_after_a_search_was_kept_is_found_by_the_same_search_next_time()
    {
        using var client = factory.CreateClient();
        const string search = "/search?q=quetzalcoatl";
        Assert.Equal("0", await TotalAsync(client, search));
        var kept = await client.GetAsync(search);
        Assert.True(kept.Headers.Age.HasValue);

        var slug = await EditTitleAsync("000_1c78345fd241136f.txt", "Quetzalcoatl and the delegation");

        var after = await client.GetAsync(search);
        Assert.False(after.Headers.Age.HasValue);
        var page = Parse(await after.Content.ReadAsStringAsync());
        Assert.Equal("1", page.QuerySelector("[data-test=total]")!.TextContent.Trim());
        Assert.Equal(slug, page.QuerySelector("[data-test=hit]")!.GetAttribute("data-slug"));
    }

    [Fact]
    public async Task The_search_api_is_kept_like_the_page_and_an_edit_makes_the_next_answer_fresh()
    {
        using var client = factory.CreateClient();
        const string search = "/api/search?q=tezcatlipoca";
        var first = await client.GetAsync(search);
        var second = await client.GetAsync(search);
        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(0, JsonDocument.Parse(await second.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());

        var slug = await EditTitleAsync("000_1c78345fd241136f.txt", "Tezcatlipoca and the delegation");

        var after = await client.GetAsync(search);
        Assert.False(after.Headers.Age.HasValue);
        using var json = JsonDocument.Parse(await after.Content.ReadAsStringAsync());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(slug, json.RootElement.GetProperty("hits")[0].GetProperty("slug").GetString());
    }

    [Fact]
    public async Task A_refused_api_search_is_never_kept()
    {
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/api/search?q=kind%3Apoem");
        var second = await client.GetAsync("/api/search?q=kind%3Apoem");

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.False(second.Headers.Age.HasValue);
    }

    [Fact]
    public async Task A_signed_in_user_is_never_served_a_kept_search_page_and_never_leaves_one_for_readers()
    {
        using var reader = factory.CreateClient();
        await reader.GetAsync("/search?q=president");
        Assert.True((await reader.GetAsync("/search?q=president")).Headers.Age.HasValue);

        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        foreach (var path in new[] { "/search?q=president", "/search?q=assembly", "/search?q=assembly" })
        {
            var response = await archivist.GetAsync(path);
            Assert.False(response.Headers.Age.HasValue, path + " came from the cache for a signed-in user");
            Assert.NotNull(Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=account-nav]"));
        }

        var readers = await reader.GetAsync("/search?q=assembly");
        Assert.False(readers.Headers.Age.HasValue);
        Assert.Null(Parse(await readers.Content.ReadAsStringAsync()).QuerySelector("[data-test=account-nav]"));
    }

    private async Task<string> EditTitleAsync(string fileName, string title)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var found = await db.Documents.Where(d => d.Original!.FileName == fileName).Select(d => new { d.Key, d.Slug }).SingleAsync();
        var (key, slug) = (found.Key, found.Slug);
        var editor = scope.ServiceProvider.GetRequiredService<DocumentEditor>();
        var document = (await editor.FindAsync(key, CancellationToken.None))!;
        var result = await editor.SaveAsync(key, document.Version, DocumentSnapshot.Of(document) with { Title = title }, "test", "test", CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
        return slug;
    }

    private static async Task<string> TotalAsync(HttpClient client, string path) =>
        Parse(await client.GetStringAsync(path)).QuerySelector("[data-test=total]")!.TextContent.Trim();

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
