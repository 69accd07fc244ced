using System.Text;
using AngleSharp.Dom;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

public class DocumentPageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    public static TheoryData<string, string, string?, string?, string> Seeds => new()
    {
        { "000_1c78345fd241136f.txt", "2017-09-06", "Tofiq F. Musayev", "Counsellor of the Permanent Mission of the Republic of Azerbaijan to the United Nations", "At the outset, I would like to thank the Secretary-General" },
        { "001_907870b53d1c0730.txt", "2025-07-01", "Tofig Musayev", "Permanent Representative of the Republic of Azerbaijan to the United Nations", "He emphasized that political will is essential" },
        { "002_81f3dbfb7eed6bc0.txt", "2019-11-27", "Yashar Aliyev", "Ambassador, Permanent Representative", "As we are approaching the seventy-first anniversary" },
        { "003_c1f9c293b1018fca.txt", "2021-05-25", "Yashar Aliyev", "Permanent Representative of the Republic of Azerbaijan to the United Nations", "At the outset, I would like to thank the delegation of China" },
        { "004_f2b05f08a456e9bf.txt", "2020-11-04", null, null, "For twenty-eight years, Armenia has been occupying" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Document_page_of_each_seed_shows_speaker_role_date_and_body(string file, string date, string? speaker, string? role, string bodyStart)
    {
        var page = await factory.GetDocumentAsync(await PermalinkOfAsync(file));

        Assert.Equal(date, page.QuerySelector("[data-test=date] time")!.GetAttribute("datetime"));
        if (speaker is null)
        {
            Assert.Null(page.QuerySelector("[data-test=speaker]"));
        }
        else
        {
            Assert.Equal(speaker, Text(page, "[data-test=speaker-name]"));
            Assert.Equal(role, Text(page, "[data-test=speaker-role]"));
        }
        var body = page.QuerySelector("[data-test=body]")!;
        Assert.Contains(bodyStart, body.TextContent);
        Assert.DoesNotContain("633 Third Avenue", body.TextContent);
        Assert.DoesNotContain("Tel:", body.TextContent);
    }

    [Fact]
    public async Task Document_page_of_a_letter_shows_organs_agenda_items_addressee_and_both_dates()
    {
        var page = await factory.GetDocumentAsync(await PermalinkOfAsync("002_81f3dbfb7eed6bc0.txt"));

        Assert.Equal(["General Assembly, 74th session", "Security Council, 74th year"], page.QuerySelectorAll("[data-test=organ]").Select(e => e.TextContent));
        Assert.Equal("Secretary-General", Text(page, "[data-test=addressee]"));
        Assert.Equal("2019-11-26", page.QuerySelector("[data-test=written-on] time")!.GetAttribute("datetime"));
        Assert.Equal("2019-11-27", page.QuerySelector("[data-test=distributed-on] time")!.GetAttribute("datetime"));
        var items = page.QuerySelectorAll("[data-test=agenda-item]").Select(e => e.TextContent).ToList();
        Assert.Equal(7, items.Count);
        Assert.Equal("General Assembly, 74th session, item 31: Prevention of armed conflict", items[0]);
    }

    [Fact]
    public async Task Document_page_of_a_news_report_links_the_cited_symbol_to_its_official_address()
    {
        var page = await factory.GetDocumentAsync(await PermalinkOfAsync("001_907870b53d1c0730.txt"));

        var link = page.QuerySelector("[data-test=cited-symbol]")!;
        Assert.Equal("A/79/875-S/2025/248", link.TextContent);
        Assert.Equal("https://undocs.org/A/79/875", link.GetAttribute("href"));
        Assert.Equal("Trend", Text(page, "[data-test=source]"));
    }

    [Fact]
    public async Task Document_page_of_a_note_verbale_shows_reference_and_resolutions()
    {
        var page = await factory.GetDocumentAsync(await PermalinkOfAsync("004_f2b05f08a456e9bf.txt"));

        Assert.Equal("0461/27/20/22", Text(page, "[data-test=reference]"));
        Assert.Equal(4, page.QuerySelectorAll("[data-test=resolution]").Length);
        Assert.Equal("Geneva", Text(page, "[data-test=place]"));
    }

    [Fact]
    public async Task Original_of_a_document_is_served_byte_for_byte_as_plain_text()
    {
        using var client = factory.CreateClient();
        var file = "002_81f3dbfb7eed6bc0.txt";

        var response = await client.GetAsync(await PermalinkOfAsync(file) + "/original");

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "seeds", file)), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Document_page_renders_script_and_javascript_link_in_a_body_inert()
    {
        var text = """
            Statement by Mr. Test Speaker
            Permanent Representative of Testland to the United Nations

            6 September 2017

            Mr. President,

            <script>document.title = 'owned'</script> and <img src=x onerror="alert(1)">

            Read [the report](javascript:alert(document.cookie)) or ![chart](javascript:alert(2)).
            """;
        var slug = await ImportAsync("hostile.txt", text);

        using var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/documents/{slug}");
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        var body = page.QuerySelector("[data-test=body]")!;
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.Empty(body.QuerySelectorAll("img[onerror]"));
        Assert.Contains("<script>", body.TextContent);
        Assert.All(body.QuerySelectorAll("a, img"), e =>
            Assert.DoesNotContain("javascript", e.GetAttribute("href") ?? e.GetAttribute("src") ?? "", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("javascript:alert", html);
    }

    [Fact]
    public async Task Permalink_with_outdated_words_redirects_permanently_to_the_current_one()
    {
        var current = await PermalinkOfAsync("003_c1f9c293b1018fca.txt");
        var key = current[^12..];
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync($"/documents/2021-05-24-remarks-someone-else-{key}");

        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(current, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Permalink_with_a_key_in_capitals_redirects_to_the_canonical_one()
    {
        var current = await PermalinkOfAsync("000_1c78345fd241136f.txt");
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(current.ToUpperInvariant().Replace("/DOCUMENTS/", "/documents/", StringComparison.Ordinal));

        Assert.Equal(System.Net.HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(current, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Document_page_shows_the_state_and_the_mission()
    {
        var page = await factory.GetDocumentAsync(await PermalinkOfAsync("000_1c78345fd241136f.txt"));

        Assert.Equal("Azerbaijan", Text(page, "[data-test=country]"));
        Assert.Equal("Permanent Mission of the Republic of Azerbaijan to the United Nations, New York", Text(page, "[data-test=author]"));
    }

    private async Task<string> PermalinkOfAsync(string file)
    {
        var home = await factory.GetDocumentAsync("/");
        var slugs = home.QuerySelectorAll("[data-test=document-row]").Select(r => r.GetAttribute("data-slug")!).ToList();
        var page = await Task.WhenAll(slugs.Select(async s => (s, await OriginalNameAsync(s))));
        return "/documents/" + page.Single(p => p.Item2 == file).s;
    }

    private async Task<string> OriginalNameAsync(string slug)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync($"/documents/{slug}/original?download=true");
        return response.Content.Headers.ContentDisposition!.FileName!.Trim('"');
    }

    private async Task<string> ImportAsync(string name, string text)
    {
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<DocumentLoader>()
            .ImportAsync(Encoding.UTF8.GetBytes(text), name, "test", CancellationToken.None);
        Assert.Equal(ImportStatus.Imported, result.Status);
        return result.Slug!;
    }

    private static string? Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim();
}
