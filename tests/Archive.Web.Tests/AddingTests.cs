using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Adding documents by upload or paste, duplicates and bad files; merging speakers; renaming agenda items.</summary>
public class AddingTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string NewStatement = """
        Statement by Mr. Arnav Testerson
        Permanent Representative of Norland to the United Nations

        14 March 2024

        Mr. President,

        My delegation thanks the Secretary-General for his report on the situation and welcomes the steps taken so far.
        We call on all parties to respect the ceasefire and to return to the negotiating table without delay.
        """;

    [Fact]
    public async Task Batch_with_one_bad_file_stores_the_good_ones_and_reports_each_bad_one()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await DocumentCountAsync();

        var page = await UploadAsync(client, [
            ("good.txt", Encoding.UTF8.GetBytes(NewStatement)),
            ("empty.txt", []),
            ("binary.txt", [0x00, 0x01, 0x02, 0x50, 0x4B, 0x03, 0x04, 0x00]),
            ("latin1.txt", [.. Encoding.Latin1.GetBytes("Déclaration de la délégation sur la situation au Moyen-Orient et la paix dans la région entière")]),
            ("picture.png", [0x89, 0x50, 0x4E, 0x47]),
            ("seed-again.txt", await File.ReadAllBytesAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "seeds", "000_1c78345fd241136f.txt"))),
        ]);

        var results = page.QuerySelectorAll("[data-test=result]").ToDictionary(r => r.GetAttribute("data-file")!, r => r);
        Assert.Equal("Imported", results["good.txt"].GetAttribute("data-status"));
        Assert.NotNull(results["good.txt"].QuerySelector("[data-test=review-link]"));
        Assert.Contains("empty", results["empty.txt"].TextContent);
        Assert.Contains("binary", results["binary.txt"].TextContent);
        Assert.Contains("not valid UTF-8", results["latin1.txt"].TextContent);
        Assert.Contains("Only .txt, .md, .pdf, .docx, .html and .htm", results["picture.png"].TextContent);
        Assert.Equal("Duplicate", results["seed-again.txt"].GetAttribute("data-status"));
        Assert.StartsWith("/documents/2017-09-06-", results["seed-again.txt"].QuerySelector("[data-test=existing-link]")!.GetAttribute("href"));
        Assert.Equal(before + 1, await DocumentCountAsync());
    }

    [Fact]
    public async Task Pasted_near_duplicate_is_held_back_with_a_link_until_the_archivist_stores_it_anyway()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var text = NewStatement.Replace("Arnav Testerson", "Arnav Q. Testersen", StringComparison.Ordinal).Replace("Norland", "Southland", StringComparison.Ordinal);
        var first = await ArchiveWebFactory.SubmitAsync(client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = text, ["PastedName"] = "first" });
        Assert.Contains("Stored.", await first.Content.ReadAsStringAsync());
        var before = await DocumentCountAsync();

        var again = await ArchiveWebFactory.SubmitAsync(client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = text + "\nThank you.", ["PastedName"] = "retyped" });

        var page = new HtmlParser().ParseDocument(await again.Content.ReadAsStringAsync());
        var result = page.QuerySelector("[data-test=result]")!;
        Assert.Contains("nearly the same text", result.TextContent);
        Assert.NotNull(result.QuerySelector("[data-test=existing-link]"));
        Assert.Equal(before, await DocumentCountAsync());

        var form = result.QuerySelector("form")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);
        var stored = await client.PostAsync("/curate/add?handler=StoreAnyway", new FormUrlEncodedContent(fields));
        Assert.Contains("Stored.", await stored.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await DocumentCountAsync());
    }

    [Fact]
    public async Task Upload_of_a_file_over_10_MB_is_refused_with_the_limit_in_the_message()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);

        var page = await UploadAsync(client, [("huge.txt", Encoding.UTF8.GetBytes(new string('a', 10 * 1024 * 1024 + 10)))]);

        Assert.Contains("over the 10 MB limit", page.QuerySelector("[data-test=result]")!.TextContent);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Review_page_of_a_new_upload_shows_the_importers_warnings_beside_the_fields_and_a_preview()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var page = await UploadAsync(client, [("review.txt", Encoding.UTF8.GetBytes(NewStatement.Replace("Arnav", "Bertil", StringComparison.Ordinal).Replace("14 March", "15 March", StringComparison.Ordinal)))]);
        var review = page.QuerySelector("[data-test=review-link]")!.GetAttribute("href")!;

        var form = new HtmlParser().ParseDocument(await client.GetStringAsync(review));

        Assert.Equal("Bertil Testerson", form.QuerySelector("[data-test=speaker-name-input]")!.GetAttribute("value"));
        Assert.NotEmpty(form.QuerySelectorAll("[data-test=import-warning]"));
        Assert.Contains("negotiating table", form.QuerySelector("[data-test=preview-body]")!.TextContent);
    }

    [Fact]
    public async Task Speaker_picker_suggests_an_existing_person_under_another_spelling()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var slug = await SlugAsync(d => d.Speakers.Any(s => s.SpellingUsed == "Yashar Aliyev"));

        var preview = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Speakers[0].Name"] = "Tofig F. Musayev" }, "Preview");

        var page = new HtmlParser().ParseDocument(await preview.Content.ReadAsStringAsync());
        var options = page.QuerySelectorAll("[data-test=speaker-person]").First().QuerySelectorAll("option").Select(o => o.TextContent).ToList();
        Assert.Contains(options, o => o.Contains("Tofiq F. Musayev", StringComparison.Ordinal) && o.Contains("Tofig Musayev", StringComparison.Ordinal) && o.Contains("likely", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Merge_of_two_speakers_keeps_both_spellings_and_undo_separates_them_again()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        await ArchiveWebFactory.SubmitAsync(client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = NewStatement.Replace("Arnav", "Carla", StringComparison.Ordinal).Replace("14 March", "16 March", StringComparison.Ordinal) });
        await ArchiveWebFactory.SubmitAsync(client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = NewStatement.Replace("Arnav Testerson", "Karla Testersonn", StringComparison.Ordinal).Replace("14 March", "17 March", StringComparison.Ordinal) });
        var before = await factory.CountsAsync(audit: false);

        var merged = await client.PostAsync("/curate/speakers", null);
        Assert.Equal(HttpStatusCode.BadRequest, merged.StatusCode);
        var done = await ArchiveWebFactory.SubmitAsync(client, "/curate/speakers?Q=testerson", "[data-test=merge-form]", new() { ["Kept"] = "carla-testerson", ["Merged"] = "karla-testersonn" }, "Merge");

        Assert.Contains("merged into Carla Testerson", await done.Content.ReadAsStringAsync());
        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/speakers?Q=testerson"));
        var row = list.QuerySelector("[data-test=speaker-row][data-slug=carla-testerson]")!;
        Assert.Contains("Karla Testersonn", row.TextContent);
        Assert.Null(list.QuerySelector("[data-test=speaker-row][data-slug=karla-testersonn]"));

        var undone = await ArchiveWebFactory.SubmitAsync(client, "/curate/speakers?Q=testerson", "[data-test=merge] form", [], "Undo");
        Assert.Contains("separate person again", await undone.Content.ReadAsStringAsync());
        Assert.Equal(before.Replace("merges=0", "merges=1", StringComparison.Ordinal), await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Rename_of_an_agenda_item_shows_on_its_documents_and_an_empty_title_is_refused()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/agenda-items?Q=31"));
        var id = list.QuerySelector("[data-test=agenda-item-row]")!.GetAttribute("data-id")!;

        var renamed = await ArchiveWebFactory.SubmitAsync(client, "/curate/agenda-items?Q=31", $"[data-test=agenda-item-row][data-id='{id}'] form", new() { ["title"] = "Prevention of armed conflict (renamed)" }, "Rename");
        var before = await factory.CountsAsync(audit: false);
        var refused = await ArchiveWebFactory.SubmitAsync(client, "/curate/agenda-items?Q=31", $"[data-test=agenda-item-row][data-id='{id}'] form", new() { ["title"] = " " }, "Rename");

        Assert.Contains("Renamed.", await renamed.Content.ReadAsStringAsync());
        Assert.Contains("Give the item a title", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.CountsAsync(audit: false));
        var letter = await SlugAsync(d => d.AgendaItems.Any(a => a.AgendaItem.Number == 31));
        var page = await factory.GetDocumentAsync($"/documents/{letter}");
        Assert.Contains(page.QuerySelectorAll("[data-test=agenda-item]"), e => e.TextContent.Contains("(renamed)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Same_text_pasted_twice_at_once_is_stored_once()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var text = NewStatement.Replace("Arnav Testerson", "Dora Twiceposted", StringComparison.Ordinal).Replace("14 March", "21 March", StringComparison.Ordinal);
        var token = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/add"))
            .QuerySelector("[data-test=add-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await DocumentCountAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => client.PostAsync("/curate/add",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["PastedText"] = text, ["__RequestVerificationToken"] = token }))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1, await DocumentCountAsync());
        var statuses = new List<string?>();
        foreach (var response in responses)
            statuses.Add(new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=result]")!.GetAttribute("data-status"));
        Assert.Single(statuses, "Imported");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(16)]
    public async Task Paste_over_the_size_limit_is_refused_with_a_clear_message_and_stores_nothing(int megabytes)
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var token = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/add"))
            .QuerySelector("[data-test=add-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await factory.CountsAsync(audit: false);
        var huge = NewStatement + new string('a', megabytes * 1024 * 1024);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(huge), "PastedText" },
        };

        var response = await client.PostAsync("/curate/add", content);

        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.Contains("10 MB", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadAsync(HttpClient client, IEnumerable<(string Name, byte[] Content)> files)
    {
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/add"));
        var token = form.QuerySelector("[data-test=add-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            content.Add(part, "Files", name);
        }
        var response = await client.PostAsync("/curate/add", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }

    private async Task<int> DocumentCountAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().CountAsync();
    }

    private async Task<string> SlugAsync(System.Linq.Expressions.Expression<Func<Archive.Core.Documents.Document, bool>> predicate)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.Where(predicate).Select(d => d.Slug).FirstAsync();
    }
}
