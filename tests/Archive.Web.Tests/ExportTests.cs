using System.Net;
using System.Text.Json;

namespace Archive.Web.Tests;

/// <summary>A whole search result exported for reference managers (BibTeX, RIS, CSL-JSON) and for data work (CSV, JSON Lines).</summary>
public class ExportTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Search_page_links_every_export_of_its_whole_result()
    {
        var page = await factory.GetDocumentAsync("/search?q=azerbaijan&page=1");

        var links = page.QuerySelectorAll("[data-test=exports] a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/search/export.bib?q=azerbaijan", "/search/export.ris?q=azerbaijan", "/search/export.json?q=azerbaijan",
            "/search/export.csv?q=azerbaijan", "/search/export.jsonl?q=azerbaijan"], links);
    }

    [Fact]
    public async Task Exports_hold_one_entry_per_document_found_in_every_format()
    {
        using var client = factory.CreateClient();
        var total = await TotalAsync(client, "azerbaijan");

        var bib = await GetAsync(client, "/search/export.bib?q=azerbaijan", "application/x-bibtex");
        var ris = await GetAsync(client, "/search/export.ris?q=azerbaijan", "application/x-research-info-systems");
        var csl = await GetAsync(client, "/search/export.json?q=azerbaijan", "application/vnd.citationstyles.csl+json");
        var csv = await GetAsync(client, "/search/export.csv?q=azerbaijan", "text/csv");
        var jsonl = await GetAsync(client, "/search/export.jsonl?q=azerbaijan", "application/jsonl");

        Assert.Equal(total, bib.Split("@misc{").Length - 1);
        Assert.Equal(total, ris.Split("\r\nER  - ").Length - 1);
        using var items = JsonDocument.Parse(csl);
        Assert.Equal(total, items.RootElement.GetArrayLength());
        Assert.All(items.RootElement.EnumerateArray(), i => Assert.StartsWith("http", i.GetProperty("URL").GetString()));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total + 1, lines.Length);
        Assert.StartsWith("Slug,Url,Title,Kind,Date", lines[0]);
        var records = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(total, records.Length);
        Assert.All(records, r => Assert.True(JsonDocument.Parse(r).RootElement.TryGetProperty("slug", out _)));
    }

    [Fact]
    public async Task Exports_keep_the_search_order_and_filters()
    {
        using var client = factory.CreateClient();

        var jsonl = await GetAsync(client, "/search/export.jsonl?q=azerbaijan&kind=statement&sort=oldest", "application/jsonl");
        using var api = await ApiTests.JsonAsync(client, "/api/v1/documents?q=azerbaijan&kind=statement&sort=oldest&limit=100");

        var exported = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => JsonDocument.Parse(r).RootElement.GetProperty("slug").GetString());
        Assert.Equal(api.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()), exported);
    }

    [Fact]
    public async Task Csv_export_of_a_search_with_no_result_is_just_the_header()
    {
        using var client = factory.CreateClient();

        var csv = await GetAsync(client, "/search/export.csv?q=xylophonequartet", "text/csv");

        Assert.Single(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("/search/export.csv", HttpStatusCode.BadRequest)]
    [InlineData("/search/export.bib?q=%22%22%22", HttpStatusCode.BadRequest)]
    [InlineData("/search/export.ris?q=x&sort=sideways", HttpStatusCode.BadRequest)]
    [InlineData("/search/export.docx?q=azerbaijan", HttpStatusCode.NotFound)]
    public async Task Export_of_a_search_that_cannot_run_is_a_problem_not_a_file(string url, HttpStatusCode status)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task One_document_exports_as_bibtex_ris_and_csl_json()
    {
        using var client = factory.CreateClient();
        var slug = await ApiTests.FirstSlugAsync(client, "khojaly");

        Assert.Contains("@misc{", await GetAsync(client, $"/documents/{slug}/cite.bib", "application/x-bibtex"));
        Assert.Contains("ER  - ", await GetAsync(client, $"/documents/{slug}/cite.ris", "application/x-research-info-systems"));
        Assert.Equal(1, JsonDocument.Parse(await GetAsync(client, $"/documents/{slug}/cite.json", "application/vnd.citationstyles.csl+json")).RootElement.GetArrayLength());
    }

    private static async Task<int> TotalAsync(HttpClient client, string q)
    {
        using var search = await ApiTests.JsonAsync(client, "/api/search?q=" + q);
        return search.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<string> GetAsync(HttpClient client, string url, string mediaType)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }
}
