namespace Archive.Web.Tests;

/// <summary>/browse, /browse/{year}, /browse/{year}/{month}, /browse/{year}/{month}/{day} on the five seeds (2017, 2019, 2020, 2021, 2025).</summary>
public class BrowseByDateTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Browse_lists_every_year_from_the_first_to_the_last_with_its_count()
    {
        var page = await factory.GetDocumentAsync("/browse");

        var rows = page.QuerySelectorAll("[data-test=chart-table] [data-test=period]");
        Assert.Equal(["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        Assert.Equal(["1", "0", "1", "1", "1", "0", "0", "0", "1"], rows.Select(r => r.GetAttribute("data-count")));
        Assert.Equal(["/browse/2017", "/browse/2019", "/browse/2020", "/browse/2021", "/browse/2025"], page.Hrefs("[data-test=chart-table] a"));
        Assert.Equal("5 documents by date, by where they were said and by whom.", page.QuerySelector("[data-test=total]")!.TextContent);
    }

    [Fact]
    public async Task Browse_chart_is_an_svg_image_named_by_its_title_and_description_with_a_bar_per_year()
    {
        var page = await factory.GetDocumentAsync("/browse");

        var svg = page.QuerySelector("[data-test=chart] svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var names = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => page.GetElementById(id)?.TextContent).ToList();
        Assert.Equal("Documents per year", names[0]);
        Assert.StartsWith("5 documents from 2017 to 2025", names[1]);
        var bars = svg.QuerySelectorAll("[data-test=chart-bar]");
        Assert.Equal(9, bars.Length);
        Assert.Equal(bars[0].GetAttribute("height"), bars[2].GetAttribute("height"));
        Assert.Equal("0", bars[1].GetAttribute("height"));
        Assert.NotEqual("0", bars[0].GetAttribute("height"));
    }

    [Theory]
    [InlineData("/browse")]
    [InlineData("/browse/2019")]
    [InlineData("/browse/2019/11")]
    [InlineData("/browse/2019/11/27")]
    [InlineData("/browse/undated")]
    public async Task Browse_page_uses_no_inline_style_or_script_which_the_content_security_policy_forbids(string url)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task Browse_links_the_other_ways_in()
    {
        var page = await factory.GetDocumentAsync("/browse");

        Assert.Equal(["/organs", "/agenda", "/kinds", "/missions", "/speakers"], page.Hrefs("[data-test=browse-ways] a"));
        Assert.Null(page.QuerySelector("[data-test=undated-link]"));
    }

    [Fact]
    public async Task Year_counts_documents_per_month_and_links_only_months_with_documents()
    {
        var page = await factory.GetDocumentAsync("/browse/2019");

        var rows = page.QuerySelectorAll("[data-test=chart-table] [data-test=period]");
        Assert.Equal(12, rows.Length);
        Assert.Equal("November", rows[10].QuerySelector("th")!.TextContent.Trim());
        Assert.Equal("1", rows[10].GetAttribute("data-count"));
        Assert.Equal(11, rows.Count(r => r.GetAttribute("data-count") == "0"));
        Assert.Equal(["/browse/2019/11"], page.Hrefs("[data-test=chart-table] a"));
        Assert.Equal(12, page.QuerySelectorAll("[data-test=chart-bar]").Length);
        Assert.Equal("2019", page.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/browse/2019", "/browse/2017", "/browse/2020")]
    [InlineData("/browse/2021", "/browse/2020", "/browse/2025")]
    [InlineData("/browse/2017", null, "/browse/2019")]
    [InlineData("/browse/2025", "/browse/2021", null)]
    [InlineData("/browse/2019/11", "/browse/2017/09", "/browse/2020/11")]
    [InlineData("/browse/2025/07", "/browse/2021/05", null)]
    [InlineData("/browse/2019/11/27", "/browse/2019/11/26", "/browse/2020/11/04")]
    [InlineData("/browse/2019/11/26", "/browse/2017/09/06", "/browse/2019/11/27")]
    [InlineData("/browse/2017/09/06", null, "/browse/2019/11/26")]
    public async Task Previous_and_next_links_skip_empty_periods(string url, string? previous, string? next)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Equal(previous, page.QuerySelector("a[data-test=previous]")?.GetAttribute("href"));
        Assert.Equal(next, page.QuerySelector("a[data-test=next]")?.GetAttribute("href"));
        if (previous is not null)
            Assert.Equal("prev", page.QuerySelector("a[data-test=previous]")!.GetAttribute("rel"));
    }

    [Fact]
    public async Task Month_is_a_calendar_table_with_weekday_headers_whose_days_with_documents_link_to_the_day()
    {
        var page = await factory.GetDocumentAsync("/browse/2019/11");

        var calendar = page.QuerySelector("table[data-test=calendar]")!;
        Assert.Contains("November 2019", calendar.QuerySelector("caption")!.TextContent);
        var headers = calendar.QuerySelectorAll("thead th");
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], headers.Select(h => h.QuerySelector("abbr")!.GetAttribute("title")));
        // 1 November 2019 was a Friday: four empty cells open the first week.
        var firstWeek = calendar.QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td");
        Assert.Equal(["", "", "", "", "1", "2", "3"], firstWeek.Select(td => td.TextContent.Trim()));
        Assert.Equal(30, calendar.QuerySelectorAll("[data-test=day]").Length);
        // The seed letter is dated 26 November and distributed on the 27th: it is found on both days.
        Assert.Equal(["/browse/2019/11/26", "/browse/2019/11/27"], page.Hrefs("table[data-test=calendar] a"));
        Assert.Equal("27 November: 1 document", calendar.QuerySelectorAll("a")[1].TextContent);
    }

    [Fact]
    public async Task Month_lists_its_documents_below_the_calendar()
    {
        var page = await factory.GetDocumentAsync("/browse/2019/11");

        Assert.Equal(["2019-11-27"], page.RowDates());
        Assert.StartsWith("Letter dated 26 November 2019", page.QuerySelector("[data-test=document-row] a")!.TextContent);
    }

    [Fact]
    public async Task Day_lists_the_documents_of_that_day()
    {
        var page = await factory.GetDocumentAsync("/browse/2020/11/04");

        Assert.Equal("4 November 2020", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2020-11-04"], page.RowDates());
        Assert.Equal("note verbale", page.QuerySelector("[data-test=document-row] .kind")!.TextContent);
    }

    [Theory]
    [InlineData("/browse/2018", "No document in the archive is dated 2018. The nearest years with documents are 2017 and 2019.", new[] { "/browse/2017", "/browse/2019", "/browse" })]
    [InlineData("/browse/2030", "No document in the archive is dated 2030. The nearest year with documents is 2025.", new[] { "/browse/2025", "/browse" })]
    [InlineData("/browse/1945", "No document in the archive is dated 1945. The nearest year with documents is 2017.", new[] { "/browse/2017", "/browse" })]
    public async Task Year_without_documents_gives_a_404_naming_the_nearest_years(string url, string message, string[] links)
    {
        var page = await factory.GetNotFoundAsync(url);

        Assert.Equal(message, page.QuerySelector("[data-test=error-message]")!.TextContent);
        Assert.Equal(links, page.Hrefs("[data-test=error-links] a"));
    }

    [Fact]
    public async Task Month_without_documents_gives_a_404_linking_the_nearest_months_and_its_year()
    {
        var page = await factory.GetNotFoundAsync("/browse/2019/10");

        Assert.Contains("No document in the archive is dated October 2019.", page.QuerySelector("[data-test=error-message]")!.TextContent);
        Assert.Equal(["/browse/2017/09", "/browse/2019/11", "/browse/2019", "/browse"], page.Hrefs("[data-test=error-links] a"));
    }

    [Fact]
    public async Task Day_without_documents_gives_a_404_linking_the_nearest_days_and_its_month()
    {
        var page = await factory.GetNotFoundAsync("/browse/2019/11/25");

        Assert.Equal(["/browse/2017/09/06", "/browse/2019/11/26", "/browse/2019/11", "/browse"], page.Hrefs("[data-test=error-links] a"));
    }

    [Fact]
    public async Task Day_lists_a_letter_by_the_day_it_is_dated_as_well_as_the_day_it_was_distributed()
    {
        var dated = await factory.GetDocumentAsync("/browse/2019/11/26");
        var distributed = await factory.GetDocumentAsync("/browse/2019/11/27");

        Assert.StartsWith("Letter dated 26 November 2019", dated.QuerySelector("[data-test=document-row] a")!.TextContent);
        Assert.Equal(dated.Hrefs("[data-test=document-row] a").First(), distributed.Hrefs("[data-test=document-row] a").First());
    }

    [Fact]
    public async Task Month_counts_a_document_with_two_dates_in_it_once()
    {
        var year = await factory.GetDocumentAsync("/browse/2019");

        Assert.Equal(["1"], year.QuerySelectorAll("[data-test=period]").Select(p => p.GetAttribute("data-count")!).Where(c => c != "0"));
    }

    [Theory]
    [InlineData("/browse/2019/13", "There is no month 13")]
    [InlineData("/browse/2019/00", "There is no month 0")]
    [InlineData("/browse/2019/02/30", "February 2019 has no day 30: it has 28 days.")]
    [InlineData("/browse/2020/02/30", "February 2020 has no day 30: it has 29 days.")]
    [InlineData("/browse/2019/11/00", "November 2019 has no day 0")]
    [InlineData("/browse/0", "0 is not a year the archive can show")]
    [InlineData("/browse/0000", "0 is not a year the archive can show")]
    [InlineData("/browse/10000", "10000 is not a year the archive can show")]
    [InlineData("/browse/-5/01", "-5 is not a year the archive can show")]
    public async Task Impossible_date_gives_a_404_that_says_why(string url, string reason)
    {
        var page = await factory.GetNotFoundAsync(url);

        Assert.Contains(reason, page.QuerySelector("[data-test=error-message]")!.TextContent);
        Assert.Contains("/browse", page.Hrefs("[data-test=error-links] a"));
    }

    [Theory]
    [InlineData("/browse/abcd")]
    [InlineData("/browse/2019/nov")]
    [InlineData("/browse/99999999999")]
    [InlineData("/browse/2019/11/27/extra")]
    [InlineData("/browse/2019/11/2.5")]
    [InlineData("/browse/2019/11/27?page=abc")]
    [InlineData("/browse/2019/11/27?page=0")]
    [InlineData("/browse/2019/11?page=2")]
    [InlineData("/browse/undated?page=-1")]
    public async Task Malformed_browse_address_gives_a_404_not_an_error(string url)
    {
        var page = await factory.GetNotFoundAsync(url);

        Assert.NotEmpty(page.Hrefs("[data-test=error-links] a"));
    }

    [Theory]
    [InlineData("/browse/2019/011", "/browse/2019/11")]
    [InlineData("/browse/2019/1", "/browse/2019/01")]
    [InlineData("/browse/02019", "/browse/2019")]
    [InlineData("/browse/2019/11/027", "/browse/2019/11/27")]
    public async Task Date_written_another_way_redirects_permanently_to_the_calendar_permalink(string url, string canonical)
    {
        var (status, _, location) = await factory.GetAsync(url);

        Assert.Equal(301, status);
        Assert.Equal(canonical, location);
    }

    [Fact]
    public async Task Undated_listing_is_empty_when_every_seed_has_a_date()
    {
        var page = await factory.GetDocumentAsync("/browse/undated");

        Assert.Equal("0 documents without a date the importer could read. They appear in no year.", page.QuerySelector("[data-test=total]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-test=empty]"));
    }

    [Theory]
    [InlineData("/browse", "Browse · Statements Archive", new[] { "/" }, "Browse")]
    [InlineData("/browse/2019", "Documents of 2019 · Statements Archive", new[] { "/", "/browse" }, "2019")]
    [InlineData("/browse/2019/11", "Documents of November 2019 · Statements Archive", new[] { "/", "/browse", "/browse/2019" }, "November")]
    [InlineData("/browse/2019/11/27", "Documents of 27 November 2019 · Statements Archive", new[] { "/", "/browse", "/browse/2019", "/browse/2019/11" }, "27")]
    [InlineData("/browse/undated", "Undated documents · Statements Archive", new[] { "/", "/browse" }, "Undated")]
    public async Task Date_page_has_its_own_title_description_and_breadcrumbs(string url, string title, string[] crumbs, string current)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Equal(title, page.Title);
        Assert.NotEqual(await DefaultDescriptionAsync(), page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        var breadcrumbs = page.QuerySelector("nav[aria-label=Breadcrumb]")!;
        Assert.Equal(crumbs, page.Hrefs("nav[aria-label=Breadcrumb] a"));
        Assert.Equal(current, breadcrumbs.QuerySelector("[aria-current=page]")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Unknown_address_under_browse_links_back_to_browse()
    {
        var page = await factory.GetNotFoundAsync("/browse/2019/11/27/extra");

        Assert.Equal(["/browse"], page.Hrefs("[data-test=error-links] a"));
    }

    private async Task<string?> DefaultDescriptionAsync() =>
        (await factory.GetDocumentAsync("/")).QuerySelector("meta[name=description]")!.GetAttribute("content");
}
