namespace Archive.Web.Tests;

/// <summary>Organs, sessions, agenda items, kinds and missions on the five seeds.</summary>
public class BrowseIndexesTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Letter = "2019-11-27-letter-yashar-aliyev-";

    [Fact]
    public async Task Organs_lists_each_organ_with_its_count_and_its_sessions()
    {
        var page = await factory.GetDocumentAsync("/organs");

        var organs = page.QuerySelectorAll("[data-test=organ]");
        Assert.Equal(["general-assembly", "security-council", "office-of-the-united-nations-high-commissioner-for-human-rights"], organs.Select(o => o.GetAttribute("data-slug")));
        Assert.Equal(["3 documents", "2 documents", "1 document"], organs.Select(o => o.QuerySelector("[data-test=count]")!.TextContent));
        Assert.Equal(["79th session", "74th session"], organs[0].QuerySelectorAll("[data-test=session] a").Select(a => a.TextContent));
        Assert.Equal(["/organs/security-council/sessions/74"], organs[1].QuerySelectorAll("[data-test=session] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("74th year", organs[1].QuerySelector("[data-test=session] a")!.TextContent);
    }

    [Fact]
    public async Task Organ_page_lists_its_sessions_and_documents_newest_first()
    {
        var page = await factory.GetDocumentAsync("/organs/security-council");

        Assert.Equal("Security Council", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["2021-05-25", "2019-11-27"], page.RowDates());
        Assert.Equal(["/organs/security-council/sessions/74"], page.Hrefs("[data-test=sessions] a"));
    }

    [Fact]
    public async Task Session_page_lists_the_sessions_documents_and_agenda_items_and_links_the_next_session()
    {
        var page = await factory.GetDocumentAsync("/organs/general-assembly/sessions/74");

        Assert.Equal("General Assembly, 74th session", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Letter, Assert.Single(page.RowSlugs()));
        var items = page.Hrefs("[data-test=agenda-item] a");
        Assert.Equal(7, items.Count);
        Assert.Equal("/agenda/general-assembly/74/31", items[0]);
        Assert.Equal("/agenda/general-assembly/74/130", items[^1]);
        Assert.Null(page.QuerySelector("a[data-test=previous]"));
        Assert.Equal("/organs/general-assembly/sessions/79", page.QuerySelector("a[data-test=next]")!.GetAttribute("href"));
        Assert.Equal(["/", "/browse", "/organs", "/organs/general-assembly"], page.Hrefs("nav[aria-label=Breadcrumb] a"));
    }

    [Fact]
    public async Task Session_without_documents_gives_a_404_linking_the_nearest_sessions_and_the_organ()
    {
        var page = await factory.GetNotFoundAsync("/organs/general-assembly/sessions/76");

        Assert.Contains("76th session of the General Assembly", page.QuerySelector("[data-test=error-message]")!.TextContent);
        Assert.Equal(["/organs/general-assembly/sessions/74", "/organs/general-assembly/sessions/79", "/organs/general-assembly"], page.Hrefs("[data-test=error-links] a"));
    }

    [Theory]
    [InlineData("/organs/no-such-organ", "/organs")]
    [InlineData("/organs/no-such-organ/sessions/74", "/organs")]
    [InlineData("/organs/general-assembly/sessions/seventy-four", "/organs")]
    [InlineData("/organs/general-assembly/sessions/99999999999", "/organs")]
    [InlineData("/organs/general-assembly?page=9", "/organs/general-assembly")]
    [InlineData("/agenda/general-assembly/74/999", "/agenda")]
    [InlineData("/agenda/general-assembly/75/130", "/agenda")]
    [InlineData("/agenda/general-assembly/x/130", "/agenda")]
    [InlineData("/agenda/general-assembly/074/130", "/agenda")]
    [InlineData("/agenda/general-assembly/74/0130", "/agenda")]
    [InlineData("/agenda/general-assembly/74/130B", "/agenda")]
    [InlineData("/agenda/general-assembly/74/13%20", "/agenda")]
    [InlineData("/agenda/no-such-organ/74/130", "/agenda")]
    [InlineData("/agenda/general-assembly", "/agenda")]
    [InlineData("/kinds/no-such-kind", "/kinds")]
    [InlineData("/kinds/letter?page=2", "/kinds/letter")]
    [InlineData("/kinds/letter?page=x", "/kinds/letter")]
    [InlineData("/missions/no-such-mission", "/missions")]
    public async Task Unknown_or_malformed_index_address_gives_a_404_with_a_way_back(string url, string link)
    {
        var page = await factory.GetNotFoundAsync(url);

        Assert.Contains(link, page.Hrefs("[data-test=error-links] a"));
    }

    [Fact]
    public async Task Agenda_index_lists_the_letters_seven_items_under_the_general_assembly()
    {
        var page = await factory.GetDocumentAsync("/agenda");

        var topics = page.QuerySelectorAll("[data-test=agenda-topic]");
        Assert.Equal(7, topics.Length);
        Assert.Contains(topics, t => t.QuerySelector("[data-test=topic-title]")!.TextContent.StartsWith("The responsibility to protect", StringComparison.Ordinal)
            && t.QuerySelector("a")!.GetAttribute("href") == "/agenda/general-assembly/74/130"
            && t.QuerySelector("a")!.TextContent == "74th session, item 130");
    }

    [Fact]
    public async Task Agenda_item_page_gathers_its_documents_under_its_title()
    {
        var page = await factory.GetDocumentAsync("/agenda/general-assembly/74/130");

        Assert.StartsWith("The responsibility to protect and the prevention of genocide", page.QuerySelector("h1")!.TextContent);
        Assert.StartsWith(Letter, Assert.Single(page.RowSlugs()));
        Assert.Equal(["/", "/browse", "/agenda", "/organs/general-assembly", "/organs/general-assembly/sessions/74"], page.Hrefs("nav[aria-label=Breadcrumb] a"));
        Assert.Null(page.QuerySelector("[data-test=other-sessions]"));
        Assert.StartsWith("General Assembly, 74th session, item 130 ·", page.Title);
    }

    [Fact]
    public async Task Kinds_lists_each_kind_with_its_count()
    {
        var page = await factory.GetDocumentAsync("/kinds");

        var kinds = page.QuerySelectorAll("[data-test=kind]").ToDictionary(k => k.QuerySelector("a")!.GetAttribute("href")!, k => k.QuerySelector("[data-test=count]")!.TextContent);
        Assert.Equal(new Dictionary<string, string>
        {
            ["/kinds/statement"] = "2",
            ["/kinds/letter"] = "1",
            ["/kinds/note-verbale"] = "1",
            ["/kinds/news-report"] = "1",
        }, kinds);
        Assert.Equal("Statements", page.QuerySelector("[data-test=kind] a")!.TextContent);
    }

    [Theory]
    [InlineData("/kinds/statement", "Statements", new[] { "2021-05-25", "2017-09-06" })]
    [InlineData("/kinds/note-verbale", "Notes verbales", new[] { "2020-11-04" })]
    [InlineData("/kinds/news-report", "News reports", new[] { "2025-07-01" })]
    [InlineData("/kinds/right-of-reply", "Rights of reply", new string[0])]
    public async Task Kind_page_lists_its_documents_newest_first(string url, string heading, string[] dates)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(dates, page.RowDates());
    }

    [Fact]
    public async Task Missions_index_puts_every_document_of_a_state_under_its_mission()
    {
        var page = await factory.GetDocumentAsync("/missions");

        var mission = Assert.Single(page.QuerySelectorAll("[data-test=mission]"));
        Assert.Equal("azerbaijan", mission.GetAttribute("data-slug"));
        Assert.Equal("5 documents", mission.QuerySelector("[data-test=count]")!.TextContent);
    }

    [Fact]
    public async Task Mission_page_lists_the_authors_as_written_and_every_document()
    {
        var page = await factory.GetDocumentAsync("/missions/azerbaijan");

        Assert.Equal(["2025-07-01", "2021-05-25", "2020-11-04", "2019-11-27", "2017-09-06"], page.RowDates());
        var forms = page.QuerySelectorAll("[data-test=author-form]").Select(f => f.TextContent).ToList();
        Assert.Equal(3, forms.Count);
        Assert.StartsWith("Permanent Mission of the Republic of Azerbaijan to the United Nations, New York", forms[0]);
        Assert.EndsWith("(2)", forms[0]);
    }

    [Theory]
    [InlineData("/organs", "Organs and sessions · Statements Archive")]
    [InlineData("/organs/general-assembly", "General Assembly · Statements Archive")]
    [InlineData("/organs/security-council/sessions/74", "Security Council, 74th year · Statements Archive")]
    [InlineData("/agenda", "Agenda items · Statements Archive")]
    [InlineData("/kinds", "Kinds of document · Statements Archive")]
    [InlineData("/kinds/letter", "Letters · Statements Archive")]
    [InlineData("/missions", "Missions and authors · Statements Archive")]
    [InlineData("/missions/azerbaijan", "Azerbaijan · Statements Archive")]
    public async Task Index_page_has_a_title_a_description_breadcrumbs_and_one_heading(string url, string title)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Equal(title, page.Title);
        Assert.DoesNotContain("An archive of statements", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("/", page.Hrefs("nav[aria-label=Breadcrumb] a")[0]);
        Assert.NotNull(page.QuerySelector("nav[aria-label=Breadcrumb] [aria-current=page]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Empty(page.QuerySelectorAll("[style], style, script"));
    }

    [Fact]
    public async Task Helpful_404_writes_a_log_line_with_the_address_and_the_reason()
    {
        var slug = "no-such-organ-" + Guid.NewGuid().ToString("N");
        await factory.GetNotFoundAsync("/organs/" + slug);

        var file = Directory.GetFiles(Path.Combine(Directory.GetCurrentDirectory(), "logs"), "archive-*.log").OrderByDescending(File.GetLastWriteTimeUtc).First();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var log = await new StreamReader(stream).ReadToEndAsync();
        Assert.Contains($"Nothing to show at /organs/{slug}: The archive has no organ at this address.", log);
    }
}
