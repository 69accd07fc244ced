namespace Archive.Web.Tests;

/// <summary>Lists longer than a page (50 documents) on a day with 51 statements.</summary>
public class BrowsePagingTests(CrowdedDayFactory factory) : IClassFixture<CrowdedDayFactory>
{
    [Fact]
    public async Task Day_with_51_documents_shows_50_then_links_the_second_page()
    {
        var first = await factory.GetDocumentAsync("/browse/2023/03/15");

        Assert.Equal(50, first.RowSlugs().Count);
        Assert.Equal("51 documents dated 15 March 2023.", first.QuerySelector("[data-test=total]")!.TextContent);
        var pager = first.QuerySelector("nav[data-test=pager]")!;
        Assert.Contains("Page 1 of 2", pager.TextContent);
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        Assert.Equal("/browse/2023/03/15?page=2", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));

        var second = await factory.GetDocumentAsync("/browse/2023/03/15?page=2");

        var last = Assert.Single(second.RowSlugs());
        Assert.DoesNotContain(last, first.RowSlugs());
        Assert.Equal("/browse/2023/03/15?page=1", second.QuerySelector("nav[data-test=pager] a[rel=prev]")!.GetAttribute("href"));
        await factory.GetNotFoundAsync("/browse/2023/03/15?page=3");
    }

    [Theory]
    [InlineData("/browse/2023/03/15?page=abc")]
    [InlineData("/browse/2023/03/15?page=0")]
    [InlineData("/browse/2023/03?page=99999999999")]
    [InlineData("/kinds/statement?page=-1")]
    public async Task Page_number_that_is_no_page_gives_a_404_saying_so_not_past_the_end(string url)
    {
        var page = await factory.GetNotFoundAsync(url);

        var message = page.QuerySelector("[data-test=error-message]")!.TextContent;
        Assert.Contains("There is no such page of", message);
        Assert.Contains("numbered from 1", message);
    }

    [Fact]
    public async Task Calendar_and_year_count_every_document_not_only_the_first_page()
    {
        var month = await factory.GetDocumentAsync("/browse/2023/03");
        Assert.Equal("51", month.QuerySelector("[data-test=day][data-day='15']")!.GetAttribute("data-count"));

        var browse = await factory.GetDocumentAsync("/browse");
        Assert.Equal("51", browse.QuerySelectorAll("[data-test=period]").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "2023").GetAttribute("data-count"));
    }

    [Fact]
    public async Task Kind_list_pages_in_order_newest_first_across_pages()
    {
        var first = await factory.GetDocumentAsync("/kinds/statement");
        var second = await factory.GetDocumentAsync("/kinds/statement?page=2");

        var dates = first.RowDates().Concat(second.RowDates()).ToList();
        Assert.Equal(CrowdedDayFactory.Count + 2, dates.Count);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.Equal(["2021-05-25", "2017-09-06"], second.RowDates().TakeLast(2));
    }
}
