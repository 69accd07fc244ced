using System.Net;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests;

public class SpeakerPagesTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Speaker_index_lists_each_person_once_by_surname_with_letters_and_counts()
    {
        var page = await factory.GetDocumentAsync("/speakers");

        var rows = page.QuerySelectorAll("[data-test=speaker-row]").ToList();
        Assert.Equal(["yashar-aliyev", "tofiq-f-musayev"], rows.Select(r => r.GetAttribute("data-slug")));
        Assert.Equal(["2 documents", "2 documents"], rows.Select(r => r.QuerySelector("[data-test=speaker-count]")!.TextContent));
        Assert.Equal(["#letter-A", "#letter-M"], page.QuerySelectorAll("[data-test=letter]").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("[data-test=letter]"), a => Assert.NotNull(page.GetElementById(a.GetAttribute("href")![1..])));
        Assert.Equal("/speakers/tofiq-f-musayev", rows[1].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(["Aliyev, Yashar", "Musayev, Tofiq F."], rows.Select(r => r.QuerySelector("a")!.TextContent));
    }

    [Fact]
    public async Task Speaker_page_shows_both_spellings_and_both_documents()
    {
        var page = await factory.GetDocumentAsync("/speakers/tofiq-f-musayev");

        Assert.Equal("Tofiq F. Musayev", page.QuerySelector("h1")!.TextContent);
        var spellings = page.QuerySelectorAll("[data-test=spelling]").Select(s => s.TextContent).ToList();
        Assert.Contains("Tofiq F. Musayev (1 document)", spellings);
        Assert.Contains("Tofig Musayev (1 document)", spellings);
        Assert.Equal(
            [await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt"), await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt")],
            page.QuerySelectorAll("[data-test=document-row]").Select(r => "/documents/" + r.GetAttribute("data-slug")));
    }

    [Fact]
    public async Task Speaker_page_timeline_gives_each_role_its_first_and_last_document()
    {
        var page = await factory.GetDocumentAsync("/speakers/tofiq-f-musayev");

        var roles = page.QuerySelectorAll("[data-test=role-row]").ToList();
        Assert.Equal(2, roles.Count);
        Assert.Equal("Counsellor of the Permanent Mission of the Republic of Azerbaijan to the United Nations", roles[0].QuerySelector("[data-test=role]")!.TextContent);
        Assert.Equal("Permanent Representative of the Republic of Azerbaijan to the United Nations", roles[1].QuerySelector("[data-test=role]")!.TextContent);
        var counsellor = await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt");
        var representative = await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt");
        Assert.Equal(counsellor, roles[0].QuerySelector("[data-test=role-first] a")!.GetAttribute("href"));
        Assert.Equal(counsellor, roles[0].QuerySelector("[data-test=role-last] a")!.GetAttribute("href"));
        Assert.Equal(representative, roles[1].QuerySelector("[data-test=role-first] a")!.GetAttribute("href"));
        Assert.Equal("2017-09-06", roles[0].QuerySelector("[data-test=role-first] time")!.GetAttribute("datetime"));
        Assert.Equal("2025-07-01", roles[1].QuerySelector("[data-test=role-last] time")!.GetAttribute("datetime"));
        Assert.Equal(2, page.QuerySelectorAll("[data-test=timeline-bar]").Length);
    }

    [Fact]
    public async Task Speaker_page_has_its_canonical_link_and_description()
    {
        var page = await factory.GetDocumentAsync("/speakers/yashar-aliyev");

        Assert.Equal("http://localhost/speakers/yashar-aliyev", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.StartsWith("Yashar Aliyev: 2 documents in the archive", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/speakers/tofig-musayevv", true)]
    [InlineData("/speakers/nobody", false)]
    [InlineData("/speakers/%3Cscript%3E", false)]
    public async Task Unknown_speaker_is_a_404_that_points_to_the_index(string url, bool suggests)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("Speaker not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/speakers", page.QuerySelector("[data-test=error-message] a")!.GetAttribute("href"));
        Assert.Equal(suggests, page.QuerySelector("[data-test=suggestions]") is not null);
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
    }
}
