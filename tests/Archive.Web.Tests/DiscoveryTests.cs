using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace Archive.Web.Tests;

/// <summary>What search engines and reference managers read: robots.txt, the sitemap, and each document page's citation tags and JSON-LD.</summary>
public class DiscoveryTests(DiscoveryTests.Factory factory) : IClassFixture<DiscoveryTests.Factory>
{
    /// <summary>Two documents a sitemap page, so the five seeds take three.</summary>
    public sealed class Factory : ArchiveWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:SitemapPageSize", "2");
        }
    }

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Robots_allow_reading_keep_crawlers_off_curation_and_name_the_sitemap()
    {
        using var client = factory.CreateClient();

        var robots = await client.GetStringAsync("/robots.txt");

        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /curate", robots);
        Assert.Contains("Disallow: /admin", robots);
        Assert.Matches(@"Sitemap: https?://[^/]+/sitemap\.xml", robots);
    }

    [Fact]
    public async Task Sitemap_index_pages_every_public_document_once_with_its_last_change()
    {
        using var client = factory.CreateClient();

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var pages = index.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).AbsolutePath).ToList();
        Assert.Equal(["/sitemaps/pages.xml", "/sitemaps/documents-1.xml", "/sitemaps/documents-2.xml", "/sitemaps/documents-3.xml"], pages);
        var urls = new List<XElement>();
        foreach (var page in pages.Skip(1))
            urls.AddRange(XDocument.Parse(await client.GetStringAsync(page)).Root!.Elements(Sitemap + "url"));

        Assert.Equal(5, urls.Select(u => u.Element(Sitemap + "loc")!.Value).Distinct().Count());
        Assert.All(urls, u => Assert.True(DateTimeOffset.TryParse(u.Element(Sitemap + "lastmod")!.Value, out _)));
        foreach (var url in urls.Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath))
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        var browsing = XDocument.Parse(await client.GetStringAsync("/sitemaps/pages.xml")).Root!.Elements(Sitemap + "url").ToList();
        Assert.Contains(browsing, u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath == "/speakers");
    }

    [Theory]
    [InlineData("/sitemaps/documents-4.xml")]
    [InlineData("/sitemaps/documents-0.xml")]
    [InlineData("/sitemaps/documents-x.xml")]
    [InlineData("/sitemaps/documents-99999999999.xml")]
    public async Task Sitemap_page_past_the_end_or_no_number_is_404(string url)
    {
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Document_page_head_has_highwire_citation_and_dublin_core_tags()
    {
        var permalink = await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt");
        var page = await factory.GetDocumentAsync(permalink);

        string[] Meta(string name) => [.. page.Head!.QuerySelectorAll($"meta[name='{name}']").Select(m => m.GetAttribute("content")!)];
        Assert.Equal(page.QuerySelector("[data-test=title]")!.TextContent.Trim(), Assert.Single(Meta("citation_title")));
        Assert.NotEmpty(Meta("citation_author"));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", Assert.Single(Meta("citation_publication_date")));
        Assert.Single(Meta("citation_publisher"));
        Assert.EndsWith(permalink, Assert.Single(Meta("citation_abstract_html_url")));
        Assert.Single(Meta("DC.title"));
        Assert.Equal(Meta("citation_author"), Meta("DC.creator"));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", Assert.Single(Meta("DC.date")));
        Assert.NotNull(page.Head!.QuerySelector("link[rel='schema.DC']"));
        Assert.Equal(permalink + "/original", page.Head.QuerySelector("link[rel=alternate][type='text/plain']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Document_page_has_schema_org_json_ld_agreeing_with_the_tags()
    {
        var permalink = await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt");
        var page = await factory.GetDocumentAsync(permalink);

        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var ld = JsonDocument.Parse(script.TextContent);
        Assert.Equal("https://schema.org", ld.RootElement.GetProperty("@context").GetString());
        Assert.Equal("Report", ld.RootElement.GetProperty("@type").GetString());
        Assert.Equal(page.Head!.QuerySelector("meta[name=citation_title]")!.GetAttribute("content"), ld.RootElement.GetProperty("name").GetString());
        Assert.EndsWith(permalink, ld.RootElement.GetProperty("url").GetString());
    }
}

/// <summary>Document heads for documents the seeds lack: a UN document with a symbol, a title with markup.</summary>
public class DocumentHeadExtrasTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task A_un_document_gives_its_symbol_as_the_report_number()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Core.Tests", "Documents", "letter_agenda_68b.txt"));
        var permalink = await factory.ImportAsync("letter_agenda_68b.txt", text);
        using var client = factory.CreateClient();
        using var document = await ApiTests.JsonAsync(client, "/api/v1" + permalink);

        var page = await factory.GetDocumentAsync(permalink);

        Assert.Equal("A/75/612", document.RootElement.GetProperty("symbol").GetString());
        Assert.Equal("A/75/612", page.Head!.QuerySelector("meta[name=citation_technical_report_number]")!.GetAttribute("content"));
        Assert.Contains(page.Head.QuerySelectorAll("meta[name='DC.identifier']"), m => m.GetAttribute("content") == "A/75/612");
    }

    [Fact]
    public async Task Json_ld_cannot_be_closed_by_a_title_with_markup()
    {
        var permalink = await factory.ImportAsync("markup-title.txt",
            "Statement by Mr. Ali Hasanov, Representative of Azerbaijan, at the General Assembly, 3 March 2020: </script><script>alert(1)</script>\n\nAzerbaijan speaks on the agenda and the mandate of the mission today.");

        var html = await factory.CreateClient().GetStringAsync(permalink);

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("<script type=\"application/ld+json\">", html);
    }
}
