namespace Archive.Web.Tests;

/// <summary>Browsing with documents the seeds lack: undated, a second one in November 2019, an agenda item renumbered, one withdrawn.</summary>
public class BrowseExtraDocumentsTests(BrowseArchiveFactory factory) : IClassFixture<BrowseArchiveFactory>
{
    [Fact]
    public async Task Browse_links_the_undated_listing_which_lists_the_undated_statement()
    {
        var browse = await factory.GetDocumentAsync("/browse");
        Assert.Equal("/browse/undated", browse.QuerySelector("[data-test=undated-link]")!.GetAttribute("href"));

        var page = await factory.GetDocumentAsync("/browse/undated");

        var row = Assert.Single(page.QuerySelectorAll("[data-test=document-row]"));
        Assert.Equal("undated", row.QuerySelector(".undated")!.TextContent);
        Assert.DoesNotContain(browse.QuerySelectorAll("[data-test=period] th"), th => th.TextContent.Trim() == "undated");
    }

    [Fact]
    public async Task Month_with_two_documents_links_both_days_and_lists_them_in_date_order()
    {
        var page = await factory.GetDocumentAsync("/browse/2019/11");

        // The seed letter dated the 26th and distributed the 27th stands on both days, yet counts once in the month.
        Assert.Equal(["/browse/2019/11/15", "/browse/2019/11/26", "/browse/2019/11/27"], page.Hrefs("[data-test=calendar] a"));
        Assert.Equal(["2019-11-15", "2019-11-27"], page.RowDates());
        Assert.Equal("2 documents dated November 2019.", page.QuerySelector("[data-test=total]")!.TextContent);
    }

    [Fact]
    public async Task Year_counts_include_the_second_november_document()
    {
        var page = await factory.GetDocumentAsync("/browse");

        var row2019 = page.QuerySelectorAll("[data-test=period]").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "2019");
        Assert.Equal("2", row2019.GetAttribute("data-count"));
        Assert.Equal("2022", page.QuerySelectorAll("[data-test=period]").Single(r => r.GetAttribute("data-count") == "1" && r.QuerySelector("a")?.GetAttribute("href") == "/browse/2022").QuerySelector("th")!.TextContent.Trim());
    }

    [Fact]
    public async Task Withdrawn_document_is_not_counted_nor_listed_and_its_day_is_a_404()
    {
        var year = await factory.GetDocumentAsync("/browse/2020");

        Assert.Equal(["/browse/2020/11"], year.Hrefs("[data-test=chart-table] a"));
        await factory.GetNotFoundAsync("/browse/2020/12");
        await factory.GetNotFoundAsync("/browse/2020/12/03");
        var missions = await factory.GetDocumentAsync("/missions");
        Assert.DoesNotContain("uruguay", missions.QuerySelectorAll("[data-test=mission]").Select(m => m.GetAttribute("data-slug")));
        await factory.GetNotFoundAsync("/agenda/general-assembly/75/68b");
    }

    [Fact]
    public async Task Next_day_after_november_2019_skips_the_withdrawn_letter()
    {
        var page = await factory.GetDocumentAsync("/browse/2020/11/04");

        Assert.Equal("/browse/2021/05/25", page.QuerySelector("a[data-test=next]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/agenda/general-assembly/74/32", "/agenda/general-assembly/76/36", "76th session, item 36")]
    [InlineData("/agenda/general-assembly/76/36", "/agenda/general-assembly/74/32", "74th session, item 32")]
    public async Task Agenda_item_links_the_same_title_in_another_session_under_another_number(string url, string other, string name)
    {
        var page = await factory.GetDocumentAsync(url);

        var link = Assert.Single(page.QuerySelectorAll("[data-test=other-session] a"));
        Assert.Equal(other, link.GetAttribute("href"));
        Assert.Equal(name, link.TextContent);
        Assert.StartsWith("Protracted conflicts in the GUAM area", page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.RowSlugs());
    }

    [Fact]
    public async Task Agenda_index_lists_a_renumbered_item_once_with_both_sessions()
    {
        var page = await factory.GetDocumentAsync("/agenda");

        var guam = page.QuerySelectorAll("[data-test=agenda-topic]")
            .Single(t => t.QuerySelector("[data-test=topic-title]")!.TextContent.StartsWith("Protracted conflicts", StringComparison.Ordinal));
        Assert.Equal(["/agenda/general-assembly/76/36", "/agenda/general-assembly/74/32"], guam.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Agenda_item_without_a_title_is_listed_by_its_number()
    {
        var page = await factory.GetDocumentAsync("/agenda/general-assembly/74/70b");

        Assert.Equal("Agenda item 70 (b)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2019-11-15"], page.RowDates());
    }

    [Fact]
    public async Task Organs_count_the_security_councils_77th_year_and_the_third_committee()
    {
        var page = await factory.GetDocumentAsync("/organs");

        Assert.Contains("/organs/security-council/sessions/77", page.Hrefs("[data-test=session] a"));
        Assert.Contains("/organs/third-committee/sessions/74", page.Hrefs("[data-test=session] a"));
        var session = await factory.GetDocumentAsync("/organs/security-council/sessions/77");
        Assert.Equal(["2022-05-16"], session.RowDates());
        Assert.Equal("/organs/security-council/sessions/74", session.QuerySelector("a[data-test=previous]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Kinds_and_missions_include_the_new_kinds_and_states()
    {
        var kinds = await factory.GetDocumentAsync("/kinds");
        Assert.Contains("/kinds/identical-letters", kinds.Hrefs("[data-test=kind] a"));
        Assert.Contains("/kinds/explanation-of-vote", kinds.Hrefs("[data-test=kind] a"));

        var missions = await factory.GetDocumentAsync("/missions");
        Assert.Equal(["azerbaijan", "canada", "georgia", "norway"], missions.QuerySelectorAll("[data-test=mission]").Select(m => m.GetAttribute("data-slug")));
        var norway = await factory.GetDocumentAsync("/missions/norway");
        Assert.Single(norway.RowSlugs());
    }
}
