using System.Net;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// Anonymous readers get the public pages from the output cache until the store changes; the first request after any
/// write, through the curation pages or straight to the store, renders afresh. Signed-in users are never served from
/// the cache and never fill it. A response served from the cache carries an Age header.
/// </summary>
public class PageCacheTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Letter = "002_81f3dbfb7eed6bc0.txt";

    [Fact]
    public async Task A_second_anonymous_request_is_answered_from_the_cache()
    {
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/browse");
        var second = await client.GetAsync("/browse");

        Assert.False(first.Headers.Age.HasValue);
        Assert.True(second.Headers.Age.HasValue);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_title_changed_in_the_store_shows_on_the_next_request()
    {
        var path = await factory.PermalinkOfFileAsync(Letter);
        using var client = factory.CreateClient();
        await client.GetAsync(path);
        Assert.True((await client.GetAsync(path)).Headers.Age.HasValue);

        await EditAsync(Letter, s => s with { Title = "A title set in the store" });

        Assert.Equal("A title set in the store", await TitleAsync(client, path));
        Assert.Contains("A title set in the store", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_title_saved_through_the_curation_form_shows_on_the_next_anonymous_request()
    {
        var path = await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt");
        var slug = path["/documents/".Length..];
        using var reader = factory.CreateClient();
        await reader.GetAsync(path);
        Assert.True((await reader.GetAsync(path)).Headers.Age.HasValue);

        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var saved = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { ["Form.Title"] = "A title saved by an archivist" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal("A title saved by an archivist", await TitleAsync(reader, path));
    }

    [Fact]
    public async Task A_withdrawn_document_is_gone_on_the_next_request()
    {
        var path = await factory.PermalinkOfFileAsync("004_f2b05f08a456e9bf.txt");
        using var client = factory.CreateClient();
        await client.GetAsync(path);
        Assert.True((await client.GetAsync(path)).Headers.Age.HasValue);
        var home = await client.GetStringAsync("/");

        using (var scope = factory.Services.CreateScope())
        {
            var key = DocumentLoader.KeyOf(path["/documents/".Length..])!;
            var result = await scope.ServiceProvider.GetRequiredService<DocumentEditor>().WithdrawAsync(key, "A duplicate", "test", CancellationToken.None);
            Assert.True(result.Succeeded, result.Message);
        }

        Assert.Equal(HttpStatusCode.Gone, (await client.GetAsync(path)).StatusCode);
        Assert.NotEqual(home, await client.GetStringAsync("/"));
        Assert.DoesNotContain(path, await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_signed_in_user_is_never_served_a_cached_page_and_never_leaves_one_for_readers()
    {
        using var reader = factory.CreateClient();
        await reader.GetAsync("/kinds");
        Assert.True((await reader.GetAsync("/kinds")).Headers.Age.HasValue);

        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        foreach (var path in new[] { "/kinds", "/organs", "/organs" })
        {
            var response = await archivist.GetAsync(path);
            Assert.False(response.Headers.Age.HasValue, path + " came from the cache for a signed-in user");
            Assert.NotNull(Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=account-nav]"));
        }

        foreach (var path in new[] { "/kinds", "/organs" })
            Assert.Null(Parse(await reader.GetStringAsync(path)).QuerySelector("[data-test=account-nav]"));
    }

    [Fact]
    public async Task Pages_for_signed_in_work_are_not_cached()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        await archivist.GetAsync("/curate");

        Assert.False((await archivist.GetAsync("/curate")).Headers.Age.HasValue);
        using var reader = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await reader.GetAsync("/curate")).StatusCode);
    }

    private async Task EditAsync(string fileName, Func<DocumentSnapshot, DocumentSnapshot> change)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var key = await db.Documents.Where(d => d.Original!.FileName == fileName).Select(d => d.Key).SingleAsync();
        var editor = scope.ServiceProvider.GetRequiredService<DocumentEditor>();
        var document = (await editor.FindAsync(key, CancellationToken.None))!;
        var result = await editor.SaveAsync(key, document.Version, change(DocumentSnapshot.Of(document)), "test", "test", CancellationToken.None);
        Assert.True(result.Succeeded, result.Message);
    }

    private static async Task<string> TitleAsync(HttpClient client, string path) =>
        Parse(await client.GetStringAsync(path)).QuerySelector("[data-test=title]")!.TextContent.Trim();

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
