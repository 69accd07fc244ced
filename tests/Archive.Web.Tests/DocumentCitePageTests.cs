using System.Net;
using System.Text.Json;
using AngleSharp.Dom;

namespace Archive.Web.Tests;

/// <summary>The document page's anchors, citation, canonical link and description, and the citation downloads.</summary>
public class DocumentCitePageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Statement = "000_1c78345fd241136f.txt";

    [Fact]
    public async Task Document_page_gives_every_paragraph_a_unique_anchor_with_a_link_to_itself()
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync(Statement));

        var blocks = page.QuerySelectorAll("[data-test=body] [id]").Where(e => e.Id != "body-heading").ToList();
        Assert.True(blocks.Count > 10);
        Assert.Equal(Enumerable.Range(1, blocks.Count).Select(n => "p" + n), blocks.Select(b => b.Id));
        Assert.Equal(blocks.Count, page.QuerySelectorAll("[id]").Select(e => e.Id).Intersect(blocks.Select(b => b.Id)).Count());
        Assert.All(blocks, b => Assert.Equal("#" + b.Id, b.QuerySelector("a.anchor")!.GetAttribute("href")));
        Assert.StartsWith("Mr. Moderator,", page.GetElementById("p1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Document_page_has_an_absolute_canonical_link_and_a_description()
    {
        var path = await factory.PermalinkOfFileAsync(Statement);

        var page = await factory.GetDocumentAsync(path + "?utm_source=x");

        Assert.Equal("http://localhost" + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("statement, 6 September 2017: Statement by Tofiq F. Musayev", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.StartsWith("Statement by Tofiq F. Musayev", page.Title);
    }

    [Fact]
    public async Task Document_page_cites_speaker_title_kind_organ_date_and_permalink()
    {
        var path = await factory.PermalinkOfFileAsync(Statement);
        var page = await factory.GetDocumentAsync(path);

        var citation = Text(page, "[data-test=citation]");
        Assert.StartsWith("Musayev, Tofiq F. \u201cStatement by Tofiq F. Musayev", citation);
        Assert.Contains("Statement, General Assembly, Informal interactive dialogue on the responsibility to protect, 6 September 2017.", citation);
        Assert.Contains($"http://localhost{path} (accessed ", citation);
        Assert.Contains("@misc{Musayev2017-", Text(page, "[data-test=bibtex]"));
        Assert.StartsWith("TY  - GOVDOC", Text(page, "[data-test=ris]"));
        Assert.Equal(path + "/cite.bib", page.QuerySelector("[data-test=cite-bib]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("bib", "application/x-bibtex", "@misc{Musayev2017-")]
    [InlineData("ris", "application/x-research-info-systems", "TY  - GOVDOC\r\n")]
    [InlineData("json", "application/vnd.citationstyles.csl+json", "[")]
    public async Task Cite_download_has_its_content_type_filename_and_content(string format, string mediaType, string start)
    {
        var path = await factory.PermalinkOfFileAsync(Statement);
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"{path}/cite.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal($"Musayev2017-{path[^12..]}.{format}", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        Assert.StartsWith(start, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cite_json_is_csl_json_with_the_permalink_and_the_speaker()
    {
        var path = await factory.PermalinkOfFileAsync(Statement);
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync($"{path}/cite.json"));

        var item = json.RootElement[0];
        Assert.Equal("speech", item.GetProperty("type").GetString());
        Assert.Equal("http://localhost" + path, item.GetProperty("URL").GetString());
        Assert.Equal("Musayev", item.GetProperty("author")[0].GetProperty("family").GetString());
    }

    [Theory]
    [InlineData("cite.pdf")]
    [InlineData("cite.")]
    [InlineData("cite.BIB")]
    public async Task Cite_in_an_unknown_format_is_404(string file)
    {
        var path = await factory.PermalinkOfFileAsync(Statement);
        using var client = factory.CreateClient();

        var response = await client.GetAsync($"{path}/{file}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cite_of_an_unknown_document_is_404()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/documents/2017-09-06-statement-nobody-000000000000/cite.bib");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Cite_of_the_seed_note_verbale_carries_its_mission_and_reference_number()
    {
        var path = await factory.PermalinkOfFileAsync("004_f2b05f08a456e9bf.txt");
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync($"{path}/cite.json"));
        var page = await factory.GetDocumentAsync(path);

        var item = json.RootElement[0];
        Assert.Equal("0461/27/20/22", item.GetProperty("number").GetString());
        Assert.StartsWith("Permanent Mission of the Republic of Azerbaijan", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.StartsWith("Permanent Mission of the Republic of Azerbaijan", Text(page, "[data-test=citation]"));
        Assert.Contains("Ref. 0461/27/20/22.", Text(page, "[data-test=citation]"));
        Assert.Contains("M1  - 0461/27/20/22\r\n", await client.GetStringAsync($"{path}/cite.ris"));
    }

    [Fact]
    public async Task Cite_of_the_seed_news_report_names_the_agency_as_author_and_publisher()
    {
        var path = await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt");
        using var client = factory.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync($"{path}/cite.json"));
        var bib = await client.GetStringAsync($"{path}/cite.bib");

        var item = json.RootElement[0];
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("Trend", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("Trend", item.GetProperty("publisher").GetString());
        Assert.StartsWith("@misc{Trend2025-", bib);
        Assert.Contains("  publisher = {Trend},\n", bib);
    }

    [Fact]
    public async Task Document_page_links_the_speaker_to_their_page()
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt"));

        var link = page.QuerySelector("a[data-test=speaker-name]")!;
        Assert.Equal("Tofig Musayev", link.TextContent);
        Assert.Equal("/speakers/tofiq-f-musayev", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Document_page_links_a_security_council_resolution_to_its_official_address()
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("004_f2b05f08a456e9bf.txt"));

        var links = page.QuerySelectorAll("[data-test=resolution] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(4, links.Count);
        Assert.Contains("https://undocs.org/S/RES/822%281993%29", links);
    }

    [Fact]
    public async Task Document_page_of_a_un_document_links_its_symbol_and_cites_it()
    {
        var path = await factory.ImportAsync("letter_agenda_68b.txt", await File.ReadAllTextAsync(
            Path.Combine(ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Core.Tests", "Documents", "letter_agenda_68b.txt")));

        var page = await factory.GetDocumentAsync(path);
        using var client = factory.CreateClient();

        Assert.Equal("https://undocs.org/A/75/612", page.QuerySelector("a[data-test=symbol]")!.GetAttribute("href"));
        Assert.Contains("UN document A/75/612.", Text(page, "[data-test=citation]"));
        Assert.Contains("M1  - A/75/612\r\n", await client.GetStringAsync(path + "/cite.ris"));
    }

    [Fact]
    public async Task Home_page_has_a_canonical_link_too()
    {
        var page = await factory.GetDocumentAsync("/");

        Assert.Equal("http://localhost/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)!.TextContent.Trim();
}
