using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// What the results show of stored text: markup in a body is text, marks surround only the words found, hits far apart
/// give separate fragments, and the page and /api/search agree on totals and order.
/// </summary>
public class SearchResultsTextTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Hostile = "Opening words of the note. <script>alert('xylophonic')</script> Tom &amp; Jerry said **xylophonic** "
        + "<b>bold</b> [link](javascript:alert(1)).";

    [Fact]
    public async Task Search_snippet_shows_markup_in_the_body_as_text_and_marks_only_the_word()
    {
        await SetNoteBodyAsync(Hostile);

        var page = await factory.GetDocumentAsync("/search?q=xylophonic");

        var snippet = page.QuerySelector("[data-test=hit] [data-test=snippet]")!;
        Assert.Empty(page.QuerySelectorAll("[data-test=hits] script, [data-test=hits] b"));
        Assert.Contains("<script>alert('xylophonic')</script>", snippet.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tom &amp; Jerry", snippet.TextContent, StringComparison.Ordinal);
        Assert.Equal(["xylophonic", "xylophonic"], snippet.QuerySelectorAll("mark").Select(m => m.TextContent));
        Assert.Equal(["mark"], snippet.Children.Select(c => c.LocalName).Distinct());
    }

    [Fact]
    public async Task Search_snippet_has_a_fragment_for_each_hit_far_apart_and_a_title_match_shows_the_opening()
    {
        var filler = string.Join(' ', Enumerable.Repeat("The delegation reiterates its position on the matter.", 30));
        await SetNoteBodyAsync("Opening words of the note. " + filler + " First zeppelinesque passage. " + filler + " Second zeppelinesque passage.");

        var page = await factory.GetDocumentAsync("/search?q=zeppelinesque");
        var fragments = page.QuerySelectorAll("[data-test=hit] [data-test=snippet]");
        Assert.Equal(2, fragments.Length);
        Assert.All(fragments, f => Assert.Equal("zeppelinesque", Assert.Single(f.QuerySelectorAll("mark")).TextContent));

        var title = await factory.GetDocumentAsync("/search?q=title:verbale");
        var opening = Assert.Single(title.QuerySelectorAll("[data-test=hit] [data-test=snippet]"));
        Assert.StartsWith("Opening words of the note.", opening.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(opening.QuerySelectorAll("mark"));
    }

    [Theory]
    [InlineData("q=azerbaijan")]
    [InlineData("q=azerbaijan&sort=oldest")]
    [InlineData("q=the&sort=newest&page=1")]
    [InlineData("q=genocide+OR+karabakh")]
    [InlineData("q=%22responsibility+to+protect%22")]
    [InlineData("q=-genocide")]
    [InlineData("q=speaker%3Atofig+year%3A2017%2C2025")]
    [InlineData("q=kind%3Aletter+OR+kind%3A%22note+verbale%22")]
    [InlineData("q=protect*&kind=statement")]
    [InlineData("q=azerbaijan&from=2019&to=2021")]
    [InlineData("q=azerbaijan&page=9")]
    public async Task Search_api_gives_the_same_total_and_order_as_the_page(string parameters)
    {
        var page = await factory.GetDocumentAsync("/search?" + parameters);
        using var client = factory.CreateClient();
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?" + parameters));

        var pageTotal = page.QuerySelector("[data-test=total]")?.TextContent ?? "0";
        Assert.Equal(int.Parse(pageTotal.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture),
            json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(page.QuerySelectorAll("[data-test=hit]").Select(h => h.GetAttribute("data-slug")),
            json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()));
    }

    [Theory]
    [InlineData("/search?q=azerbaijan&page=2147483647")]
    [InlineData("/search?q=azerbaijan&page=107374183")]
    [InlineData("/api/search?q=azerbaijan&page=2147483647")]
    public async Task Search_page_far_past_the_end_has_no_hits_and_says_so(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            using var json = JsonDocument.Parse(text);
            Assert.Equal(5, json.RootElement.GetProperty("total").GetInt32());
            Assert.Empty(json.RootElement.GetProperty("hits").EnumerateArray());
        }
        else
        {
            var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(text);
            Assert.Empty(page.QuerySelectorAll("[data-test=hit]"));
            Assert.NotNull(page.QuerySelector("[data-test=past-last-page]"));
        }
    }

    [Theory]
    [InlineData("/search?q=%ED%A0%80genocide")]
    [InlineData("/search?q=genocide%FF%FE")]
    [InlineData("/search?q=%00%01%1F%7F")]
    [InlineData("/api/search?q=%ED%A0%80")]
    public async Task Search_with_broken_utf8_or_control_characters_answers_without_a_server_error(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);

        Assert.True((int)response.StatusCode is 200 or 400, $"{url}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Search_with_a_huge_query_searches_its_start_with_a_notice()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/search?q=genocide+" + string.Concat(Enumerable.Repeat("x%22(OR+", 1500)));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("first 500 characters", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task SetNoteBodyAsync(string body)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var note = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
        note.Body = body;
        await db.SaveChangesAsync();
    }
}
