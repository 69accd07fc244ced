using Archive.Core.Data;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>The seeds with the 2019 letter (Yashar Aliyev, GA and SC 74, agenda items, Azerbaijan) withdrawn.</summary>
public sealed class WithdrawnLetterFactory : ArchiveWebFactory, IAsyncLifetime
{
    public const string Letter = "002_81f3dbfb7eed6bc0.txt";

    public string LetterSlug { get; private set; } = "";

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        LetterSlug = await db.Documents.Where(d => d.Original!.FileName == Letter).Select(d => d.Slug).SingleAsync();
        await db.Documents.Where(d => d.Original!.FileName == Letter)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.WithdrawnAt, DateTimeOffset.UtcNow));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>A withdrawn document is counted nowhere: not by date, kind, speaker, organ, session, agenda item, mission or related list.</summary>
public class WithdrawnEverywhereTests(WithdrawnLetterFactory factory) : IClassFixture<WithdrawnLetterFactory>
{
    [Fact]
    public async Task Browse_by_date_counts_four_documents_and_2019_is_gone()
    {
        var browse = await factory.GetDocumentAsync("/browse");

        Assert.StartsWith("4 documents", browse.QuerySelector("[data-test=total]")!.TextContent.Trim());
        Assert.Equal(["/browse/2017", "/browse/2020", "/browse/2021", "/browse/2025"], browse.Hrefs("[data-test=chart-table] a"));
        Assert.Equal(4, browse.QuerySelectorAll("[data-test=period]").Sum(r => int.Parse(r.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)));
        await factory.GetNotFoundAsync("/browse/2019");
        await factory.GetNotFoundAsync("/browse/2019/11/27");
        var nextOf2017 = await factory.GetDocumentAsync("/browse/2017/09/06");
        Assert.Equal("/browse/2020/11/04", nextOf2017.QuerySelector("a[data-test=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Kinds_no_longer_list_letters()
    {
        var kinds = await factory.GetDocumentAsync("/kinds");

        Assert.DoesNotContain("/kinds/letter", kinds.Hrefs("[data-test=kind] a"));
        Assert.Equal(4, Counts(kinds, "[data-test=kind] [data-test=count]").Sum());
        Assert.Empty((await factory.GetDocumentAsync("/kinds/letter")).RowSlugs());  // a kind the archive knows stays a page, empty
    }

    [Fact]
    public async Task Speaker_index_and_page_count_only_the_signatorys_remaining_statement()
    {
        var index = await factory.GetDocumentAsync("/speakers");
        var row = index.QuerySelectorAll("[data-test=speaker-row]").Single(r => r.GetAttribute("data-slug") == "yashar-aliyev");
        Assert.Equal("1 document", row.QuerySelector("[data-test=speaker-count]")!.TextContent.Trim());

        var page = await factory.GetDocumentAsync("/speakers/yashar-aliyev");
        Assert.StartsWith("1 document", page.QuerySelector("[data-test=speaker-summary]")!.TextContent.Trim());
        var role = Assert.Single(page.QuerySelectorAll("[data-test=role-row]"));
        Assert.DoesNotContain("Ambassador", role.TextContent);
        Assert.DoesNotContain("/documents/" + factory.LetterSlug, page.Hrefs("a"));
    }

    [Fact]
    public async Task Organs_and_sessions_leave_the_letter_out()
    {
        var organs = await factory.GetDocumentAsync("/organs");

        Assert.Equal("2 documents", OrganCount(organs, "general-assembly"));
        Assert.Equal("1 document", OrganCount(organs, "security-council"));
        Assert.DoesNotContain("/organs/general-assembly/sessions/74", organs.Hrefs("a"));
        Assert.DoesNotContain("/organs/security-council/sessions/74", organs.Hrefs("a"));
        await factory.GetNotFoundAsync("/organs/general-assembly/sessions/74");
        await factory.GetNotFoundAsync("/organs/security-council/sessions/74");
    }

    [Fact]
    public async Task Agenda_index_is_empty_and_the_letters_items_are_404()
    {
        var agenda = await factory.GetDocumentAsync("/agenda");

        Assert.NotNull(agenda.QuerySelector("[data-test=empty]"));
        Assert.Empty(agenda.QuerySelectorAll("[data-test=agenda-item]"));
        await factory.GetNotFoundAsync("/agenda/general-assembly/74/130");
    }

    [Fact]
    public async Task Mission_counts_four_documents_for_azerbaijan()
    {
        var missions = await factory.GetDocumentAsync("/missions");
        var azerbaijan = missions.QuerySelectorAll("[data-test=mission]").Single(m => m.GetAttribute("data-slug") == "azerbaijan");
        Assert.Equal("4 documents", azerbaijan.QuerySelector("[data-test=count]")!.TextContent.Trim());

        var page = await factory.GetDocumentAsync("/missions/azerbaijan");
        Assert.Equal(4, page.RowSlugs().Count);
        Assert.DoesNotContain(factory.LetterSlug, page.RowSlugs());
    }

    [Theory]
    [InlineData("000_1c78345fd241136f.txt")]
    [InlineData("003_c1f9c293b1018fca.txt")]
    [InlineData("004_f2b05f08a456e9bf.txt")]
    public async Task Document_pages_never_link_the_withdrawn_letter_as_related(string seed)
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync(seed));

        Assert.DoesNotContain("/documents/" + factory.LetterSlug, page.Hrefs("a"));
    }

    [Fact]
    public async Task Previous_of_the_note_verbale_skips_the_withdrawn_letter()
    {
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("004_f2b05f08a456e9bf.txt"));

        Assert.Equal(await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt"), page.QuerySelector("a[data-test=previous]")!.GetAttribute("href"));
    }

    private static string OrganCount(IHtmlDocument page, string slug) =>
        page.QuerySelectorAll("[data-test=organ]").Single(o => o.GetAttribute("data-slug") == slug).QuerySelector("[data-test=count]")!.TextContent.Trim();

    private static IEnumerable<int> Counts(IHtmlDocument page, string selector) =>
        page.QuerySelectorAll(selector).Select(c => int.Parse(c.TextContent.Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
}
