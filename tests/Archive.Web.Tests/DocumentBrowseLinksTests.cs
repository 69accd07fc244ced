using AngleSharp.Html.Dom;

namespace Archive.Web.Tests;

/// <summary>The document page links each of its facets to the browse page that gathers it, and that page lists the document.</summary>
public class DocumentBrowseLinksTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Letter = "002_81f3dbfb7eed6bc0.txt";

    [Fact]
    public async Task Document_page_links_its_main_date_to_the_day_that_lists_it()
    {
        var (slug, page) = await LetterAsync();

        Assert.Equal("/browse/2019/11/27", page.QuerySelector("[data-test=date-link]")!.GetAttribute("href"));
        await AssertListsAsync("/browse/2019/11/27", slug);
    }

    [Fact]
    public async Task Document_page_breadcrumbs_lead_back_through_its_day_month_and_year()
    {
        var (_, page) = await LetterAsync();

        Assert.Equal(["/", "/browse", "/browse/2019", "/browse/2019/11", "/browse/2019/11/27"], page.Hrefs("[data-test=breadcrumbs] a"));
        Assert.Equal("This document", page.QuerySelector("[data-test=breadcrumbs] [aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Speaker_page_breadcrumbs_lead_back_to_the_speakers_index()
    {
        var page = await factory.GetDocumentAsync("/speakers/tofiq-f-musayev");

        Assert.Equal(["/", "/speakers"], page.Hrefs("[data-test=breadcrumbs] a"));
        Assert.Equal("Tofiq F. Musayev", page.QuerySelector("[data-test=breadcrumbs] [aria-current=page]")!.TextContent);
    }

    [Fact]
    public async Task Document_page_links_each_organ_and_its_session()
    {
        var (slug, page) = await LetterAsync();

        Assert.Equal(["/organs/general-assembly", "/organs/security-council"], page.Hrefs("[data-test=organ-link]"));
        Assert.Equal(["/organs/general-assembly/sessions/74", "/organs/security-council/sessions/74"], page.Hrefs("[data-test=session-link]"));
        Assert.Equal(["General Assembly, 74th session", "Security Council, 74th year"], page.QuerySelectorAll("[data-test=organ]").Select(e => e.TextContent));
        foreach (var href in page.Hrefs("[data-test=organ-link], [data-test=session-link]"))
            await AssertListsAsync(href, slug);
    }

    [Fact]
    public async Task Document_page_links_an_organ_without_a_session_to_the_organ_only()
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt"));

        Assert.Equal(["/organs/general-assembly"], page.Hrefs("[data-test=organ-link]"));
        Assert.Empty(page.QuerySelectorAll("[data-test=session-link]"));
    }

    [Fact]
    public async Task Document_page_links_every_agenda_item_to_its_item_page()
    {
        var (slug, page) = await LetterAsync();

        var hrefs = page.Hrefs("[data-test=agenda-item] a");
        Assert.Equal(7, hrefs.Count);
        Assert.Equal("/agenda/general-assembly/74/31", hrefs[0]);
        Assert.Contains("/agenda/general-assembly/74/130", hrefs);
        foreach (var href in hrefs)
            await AssertListsAsync(href, slug);
    }

    [Fact]
    public async Task Document_page_links_its_kind_to_the_kind_page()
    {
        var (slug, page) = await LetterAsync();

        var kind = page.QuerySelector("[data-test=kind]")!;
        Assert.Equal("letter", kind.TextContent);
        Assert.Equal("/kinds/letter", kind.GetAttribute("href"));
        await AssertListsAsync("/kinds/letter", slug);
    }

    [Fact]
    public async Task Document_page_links_its_state_and_author_to_the_mission_page()
    {
        var (slug, page) = await LetterAsync();

        Assert.Equal(["/missions/azerbaijan"], page.Hrefs("[data-test=author] a"));
        Assert.Equal(["/missions/azerbaijan"], page.Hrefs("[data-test=country] a"));
        await AssertListsAsync("/missions/azerbaijan", slug);
    }

    [Fact]
    public async Task Document_page_of_an_undated_document_links_its_date_to_the_undated_list()
    {
        var path = await factory.ImportAsync("undated-link.txt", """
            Statement by Ms. Ingrid Solheim
            Deputy Permanent Representative of Norway to the United Nations

            Open debate on women and peace and security

            Mr. President, Norway thanks the Secretary-General for his report and the briefers for their statements today.
            """);
        var page = await factory.GetDocumentAsync(path);

        Assert.Equal("undated", page.QuerySelector("[data-test=date]")!.TextContent.Trim());
        Assert.Equal("/browse/undated", page.QuerySelector("[data-test=date-link]")!.GetAttribute("href"));
        Assert.Equal(["/", "/browse", "/browse/undated"], page.Hrefs("[data-test=breadcrumbs] a"));
        await AssertListsAsync("/browse/undated", path["/documents/".Length..]);
    }

    private async Task<(string Slug, IHtmlDocument Page)> LetterAsync()
    {
        var path = await factory.PermalinkOfFileAsync(Letter);
        return (path["/documents/".Length..], await factory.GetDocumentAsync(path));
    }

    private async Task AssertListsAsync(string href, string slug)
    {
        var (status, page, _) = await factory.GetAsync(href);
        Assert.Equal(200, status);
        Assert.Contains(slug, page.RowSlugs());
    }
}
