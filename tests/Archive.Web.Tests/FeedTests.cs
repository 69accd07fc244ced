using System.Net;
using System.Xml.Linq;

namespace Archive.Web.Tests;

/// <summary>Atom feeds: the archive's, a speaker's, an organ's, an agenda item's, a kind's, a mission's and a search's; linked from their pages.</summary>
public class FeedTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [InlineData("/feed", 5)]
    [InlineData("/feed/speakers/tofiq-f-musayev", 2)]
    [InlineData("/feed/organs/general-assembly", 0)]
    [InlineData("/feed/agenda/general-assembly/74/130", 1)]
    [InlineData("/feed/kinds/note-verbale", 1)]
    [InlineData("/feed/missions/azerbaijan", 0)]
    [InlineData("/feed/search?q=khojaly", 2)]
    [InlineData("/feed/search?q=azerbaijan&kind=statement", 2)]
    public async Task Feed_lists_the_newest_documents_of_what_it_follows_as_atom(string url, int expected)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotEmpty(feed.Element(Atom + "title")!.Value);
        Assert.NotNull(feed.Element(Atom + "updated"));
        var entries = feed.Elements(Atom + "entry").ToList();
        if (expected > 0)
            Assert.Equal(expected, entries.Count);
        else
            Assert.NotEmpty(entries);
        Assert.All(entries, e =>
        {
            Assert.Contains("/documents/", e.Element(Atom + "id")!.Value);
            Assert.NotEmpty(e.Elements(Atom + "author"));
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
        });
    }

    [Fact]
    public async Task Feed_entries_agree_with_the_page_they_follow()
    {
        using var client = factory.CreateClient();
        var feed = XDocument.Parse(await client.GetStringAsync("/feed/speakers/tofiq-f-musayev")).Root!;
        var page = await factory.GetDocumentAsync("/speakers/tofiq-f-musayev");

        var fromFeed = feed.Elements(Atom + "entry").Select(e => new Uri(e.Element(Atom + "id")!.Value).AbsolutePath).Order().ToList();
        var fromPage = page.QuerySelectorAll("a[href^='/documents/']").Select(a => a.GetAttribute("href")!).Distinct().Order().ToList();

        Assert.Equal(fromPage, fromFeed);
    }

    [Theory]
    [InlineData("/feed/speakers/nobody-at-all")]
    [InlineData("/feed/organs/no-such-organ")]
    [InlineData("/feed/kinds/poems")]
    [InlineData("/feed/missions/atlantis")]
    [InlineData("/feed/agenda/general-assembly/74/9999")]
    [InlineData("/feed/agenda/general-assembly/x/1")]
    public async Task Feed_of_something_unknown_is_404_problem_details(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/feed/search")]
    [InlineData("/feed/search?q=%22%22%22")]
    [InlineData("/feed/search?q=x&page=abc")]
    public async Task Feed_of_a_search_that_cannot_run_is_400_problem_details(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Feed_answers_304_to_a_conditional_get_with_its_etag()
    {
        using var client = factory.CreateClient();
        var first = await client.GetAsync("/feed");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feed");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/", "/feed")]
    [InlineData("/speakers/tofiq-f-musayev", "/feed/speakers/tofiq-f-musayev")]
    [InlineData("/organs/general-assembly", "/feed/organs/general-assembly")]
    [InlineData("/agenda/general-assembly/74/130", "/feed/agenda/general-assembly/74/130")]
    [InlineData("/kinds/letter", "/feed/kinds/letter")]
    [InlineData("/missions/azerbaijan", "/feed/missions/azerbaijan")]
    [InlineData("/search?q=khojaly&sort=oldest&page=1", "/feed/search?q=khojaly")]
    public async Task Result_pages_link_their_feed_in_the_head_and_on_the_page(string page, string feed)
    {
        var document = await factory.GetDocumentAsync(page);

        var head = document.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal(feed, head.GetAttribute("href"));
        Assert.Equal(feed, document.QuerySelector("[data-test=feed-link]")!.GetAttribute("href"));
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(feed)).StatusCode);
    }
}
