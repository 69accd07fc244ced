using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Archive.Web.Tests;

public class SearchPageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Theory]
    [InlineData("\"responsibility to protect\"", 3)]
    [InlineData("speaker:tofig", 2)]
    [InlineData("kind:\"note verbale\"", 1)]
    [InlineData("agenda:130", 1)]
    public async Task Search_page_lists_the_documents_found_with_the_total(string query, int expected)
    {
        var page = await factory.GetDocumentAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(expected.ToString(), page.QuerySelector("[data-test=total]")!.TextContent);
        Assert.Equal(expected, page.QuerySelectorAll("[data-test=hit]").Length);
        Assert.Equal(query, page.QuerySelector("#search-q")!.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Search_page_snippets_mark_the_matched_word()
    {
        var page = await factory.GetDocumentAsync("/search?q=khojaly");

        var hits = page.QuerySelectorAll("[data-test=hit]");
        Assert.Equal(2, hits.Length);
        Assert.All(hits, hit => Assert.Contains(hit.QuerySelectorAll("[data-test=snippet] mark"), m => m.TextContent == "Khojaly"));
    }

    [Fact]
    public async Task Search_page_facets_count_all_results_and_link_to_a_narrower_search()
    {
        var page = await factory.GetDocumentAsync("/search?q=azerbaijan");

        var kinds = page.QuerySelectorAll("[data-test=facet-kind] [data-test=facet-value]").ToDictionary(a => a.GetAttribute("data-key")!, a => a.TextContent);
        Assert.Equal("statement (2)", kinds["statement"]);
        Assert.Equal("note verbale (1)", kinds["noteverbale"]);
        var musayev = page.QuerySelectorAll("[data-test=facet-speaker] a").Single(a => a.TextContent.Contains("Musayev", StringComparison.Ordinal));
        Assert.Contains("(2)", musayev.TextContent);

        var narrowed = await factory.GetDocumentAsync(musayev.GetAttribute("href")!);

        Assert.Equal("2", narrowed.QuerySelector("[data-test=total]")!.TextContent);
        var chip = Assert.Single(narrowed.QuerySelectorAll("[data-test=chip]"));
        Assert.Contains("Speaker: Tofiq F. Musayev", chip.TextContent);
        var widened = await factory.GetDocumentAsync(chip.GetAttribute("href")!);
        Assert.Equal("5", widened.QuerySelector("[data-test=total]")!.TextContent);
    }

    [Fact]
    public async Task Search_page_draws_the_year_histogram_with_a_text_alternative()
    {
        var page = await factory.GetDocumentAsync("/search?q=azerbaijan");

        var svg = page.QuerySelector("[data-test=histogram]")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal(2025 - 2017 + 1, svg.QuerySelectorAll("rect").Length);
        Assert.Equal(5, page.QuerySelectorAll("[data-test=facet-year] [data-test=facet-value]").Length);
    }

    [Fact]
    public async Task Search_page_sorts_and_pages_with_every_state_in_the_url()
    {
        var first = await factory.GetDocumentAsync("/search?q=azerbaijan&sort=oldest");
        var dates = first.QuerySelectorAll("[data-test=hit] time").Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(["2017-09-06", "2019-11-27", "2020-11-04", "2021-05-25", "2025-07-01"], dates);

        var newest = await factory.GetDocumentAsync(first.QuerySelector("[data-test=sort-newest]")!.GetAttribute("href")!);
        Assert.Equal("2025-07-01", newest.QuerySelector("[data-test=hit] time")!.GetAttribute("datetime"));

        var narrowed = await factory.GetDocumentAsync("/search?q=azerbaijan&sort=oldest&from=2019&to=2020");
        Assert.Equal(["2019-11-27", "2020-11-04"], narrowed.QuerySelectorAll("[data-test=hit] time").Select(t => t.GetAttribute("datetime")));
        Assert.Equal(2, narrowed.QuerySelectorAll("[data-test=chip]").Length);
    }

    [Fact]
    public async Task Search_api_pages_with_the_same_parameters()
    {
        using var client = factory.CreateClient();

        var one = await GetJsonAsync(client, "/api/search?q=azerbaijan&sort=oldest&page=2");

        Assert.Equal(5, one.GetProperty("total").GetInt32());
        Assert.Equal(2, one.GetProperty("page").GetInt32());
        Assert.Empty(one.GetProperty("hits").EnumerateArray());
    }

    [Fact]
    public async Task Search_page_beyond_the_last_says_so()
    {
        var page = await factory.GetDocumentAsync("/search?q=azerbaijan&page=9");

        Assert.NotNull(page.QuerySelector("[data-test=past-last-page]"));
    }

    [Theory]
    [InlineData("/search?q=kind%3Apoem", "not a kind of document")]
    [InlineData("/search?q=date%3A2019-13", "not a date")]
    [InlineData("/search?q=genocide&page=x", "not a page number")]
    [InlineData("/search?q=genocide&page=-1", "not a page number")]
    [InlineData("/search?q=genocide&sort=sideways", "not an order")]
    [InlineData("/search?q=genocide&kind=%3Cscript%3E", "not a kind of document")]
    [InlineData("/search?q=genocide&from=2019..2020", "one date")]
    [InlineData("/search?q=genocide&speaker=%27%20OR%201%3D1", "not a speaker")]
    [InlineData("/search?q=%2A%2A%2A", "no word to search for")]
    public async Task Search_page_bad_input_explains_with_200_and_shows_the_query(string url, string message)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var error = page.QuerySelector("[data-test=search-error]")!;
        Assert.Contains(message, error.TextContent);
        Assert.Empty(page.QuerySelectorAll("[data-test=hit]"));
    }

    [Theory]
    [InlineData("\"unclosed phrase")]
    [InlineData("((((")]
    [InlineData("OR OR NOT -")]
    [InlineData("NEAR(")]
    [InlineData("\u0000\uD800}{^*:")]
    [InlineData("speaker:")]
    [InlineData("' OR 1=1 --")]
    [InlineData("a\"b\"c*d:e(f)g")]
    public async Task Search_page_never_fails_on_odd_queries(string query)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
        Assert.True(api.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, api.StatusCode.ToString());
    }

    [Fact]
    public async Task Search_page_repair_notice_is_shown()
    {
        var page = await factory.GetDocumentAsync("/search?q=" + Uri.EscapeDataString("\"responsibility to protect"));

        Assert.Contains("not closed", page.QuerySelector("[data-test=search-notices]")!.TextContent);
        Assert.Equal("3", page.QuerySelector("[data-test=total]")!.TextContent);
    }

    [Fact]
    public async Task Search_page_without_results_suggests_indexed_terms()
    {
        var page = await factory.GetDocumentAsync("/search?q=karabagh+kind%3Aletter");

        Assert.NotNull(page.QuerySelector("[data-test=no-results]"));
        var suggestion = page.QuerySelectorAll("[data-test=suggestion]").Single(a => a.TextContent == "karabakh");
        Assert.Equal("/search?q=karabakh%20kind%3Aletter", suggestion.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("[data-test=loosen] li"));
    }

    [Fact]
    public async Task Search_page_without_a_query_shows_only_the_form()
    {
        var page = await factory.GetDocumentAsync("/search");

        Assert.NotNull(page.QuerySelector("#search-q"));
        Assert.Null(page.QuerySelector("[data-test=search-error]"));
        Assert.Null(page.QuerySelector("[data-test=result-count]"));
    }

    [Fact]
    public async Task Search_api_returns_hits_snippets_and_facets_as_json()
    {
        using var client = factory.CreateClient();

        var json = await GetJsonAsync(client, "/api/search?q=khojaly&sort=newest");

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        var hits = json.GetProperty("hits").EnumerateArray().ToList();
        Assert.Equal("2021-05-25", hits[0].GetProperty("date").GetString());
        Assert.StartsWith("/documents/", hits[0].GetProperty("url").GetString());
        Assert.All(hits, h => Assert.Contains(h.GetProperty("snippets").EnumerateArray(), s => s.GetString()!.Contains("<mark>Khojaly</mark>", StringComparison.Ordinal)));
        var kinds = json.GetProperty("facets").GetProperty("kind").EnumerateArray().Select(k => k.GetProperty("key").GetString() + ":" + k.GetProperty("count").GetInt32());
        Assert.Equal(["letter:1", "statement:1"], kinds);
    }

    [Fact]
    public async Task Search_api_bad_query_is_400_with_the_reasons()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/search?q=kind%3Apoem");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("not a kind of document", json.RootElement.GetProperty("errors")[0].GetString());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
