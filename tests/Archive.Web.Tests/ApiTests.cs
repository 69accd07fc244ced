using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Archive.Web.Tests;

/// <summary>The JSON API under /api/v1 and its OpenAPI document, on the seeded archive.</summary>
public class ApiTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Documents_list_pages_through_every_public_document_by_cursor_without_repeats()
    {
        using var client = factory.CreateClient();
        var slugs = new List<string>();
        string? next = "/api/v1/documents?limit=2";
        var pages = 0;
        while (next is not null)
        {
            using var page = await JsonAsync(client, next);
            Assert.Equal(5, page.RootElement.GetProperty("total").GetInt32());
            slugs.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            next = page.RootElement.GetProperty("next").GetString();
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, slugs.Distinct().Count());
        using var again = await JsonAsync(client, "/api/v1/documents?limit=5");
        Assert.Equal(slugs, again.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
    }

    [Fact]
    public async Task Documents_list_with_a_query_finds_what_the_search_page_finds_in_the_same_order()
    {
        using var client = factory.CreateClient();

        using var api = await JsonAsync(client, "/api/v1/documents?q=azerbaijan&sort=newest&limit=1");
        using var search = await JsonAsync(client, "/api/search?q=azerbaijan&sort=newest");

        var total = search.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(total, api.RootElement.GetProperty("total").GetInt32());
        var slugs = new List<string>();
        string? next = "/api/v1/documents?q=azerbaijan&sort=newest&limit=1";
        while (next is not null)
        {
            using var page = await JsonAsync(client, next);
            slugs.AddRange(page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()!));
            next = page.RootElement.GetProperty("next").GetString();
        }
        Assert.Equal(search.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("slug").GetString()), slugs);
    }

    [Theory]
    [InlineData("/api/v1/documents?limit=0", "limit")]
    [InlineData("/api/v1/documents?limit=abc", "limit")]
    [InlineData("/api/v1/documents?limit=101", "limit")]
    [InlineData("/api/v1/documents?cursor=%%%", "cursor")]
    [InlineData("/api/v1/documents?cursor=djE6eDox", "cursor")]
    [InlineData("/api/v1/documents?sort=sideways", "order")]
    [InlineData("/api/v1/documents?year=nineteen", "year")]
    [InlineData("/api/v1/documents?q=%22%22%22", "")]
    [InlineData("/api/v1/speakers?limit=-1", "limit")]
    [InlineData("/api/v1/agenda-items?session=x", "session")]
    public async Task Bad_input_answers_400_problem_details_saying_what_is_wrong(string url, string word)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains(word, problem.RootElement.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/v1/documents/not-a-document")]
    [InlineData("/api/v1/documents/2020-01-01-x-000000000000")]
    [InlineData("/api/v1/speakers/nobody-at-all")]
    [InlineData("/api/v1/organs/no-such-organ/sessions")]
    [InlineData("/api/v1/nothing-here")]
    public async Task Unknown_resources_answer_404_problem_details(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Document_has_all_metadata_typed_dates_body_as_markdown_and_html_and_a_working_original_link()
    {
        using var client = factory.CreateClient();
        var slug = await FirstSlugAsync(client, "khojaly");

        using var document = await JsonAsync(client, "/api/v1/documents/" + slug);

        var root = document.RootElement;
        Assert.Equal(slug, root.GetProperty("slug").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("dates").GetProperty("date").GetString()!);
        Assert.Contains("Khojaly", root.GetProperty("bodyMarkdown").GetString()!);
        Assert.Contains("<p>", root.GetProperty("bodyHtml").GetString()!);
        Assert.NotEmpty(root.GetProperty("speakers").EnumerateArray());
        Assert.True(DateTimeOffset.TryParse(root.GetProperty("lastChange").GetString(), out _));
        var original = await client.GetAsync(root.GetProperty("original").GetString());
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
    }

    [Fact]
    public async Task Conditional_get_with_the_etag_or_a_later_date_answers_304_without_a_body()
    {
        using var client = factory.CreateClient();
        var slug = await FirstSlugAsync(client, "khojaly");
        var first = await client.GetAsync("/api/v1/documents/" + slug);
        var etag = first.Headers.ETag!;
        var modified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/" + slug);
        byTag.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(byTag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/" + slug);
        byDate.Headers.IfModifiedSince = modified;
        var notModifiedSince = await client.SendAsync(byDate);
        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/v1/documents/" + slug);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        var changed = await client.SendAsync(stale);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, notModifiedSince.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
    }

    [Fact]
    public async Task Lists_carry_an_etag_that_a_conditional_get_honours()
    {
        using var client = factory.CreateClient();
        foreach (var url in new[] { "/api/v1/documents", "/api/v1/speakers", "/api/v1/organs", "/api/v1/kinds", "/api/v1/missions", "/api/v1/agenda-items" })
        {
            var first = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again)).StatusCode);
        }
    }

    [Fact]
    public async Task Speakers_list_their_spellings_and_roles_over_time()
    {
        using var client = factory.CreateClient();

        using var list = await JsonAsync(client, "/api/v1/speakers?limit=100");
        var musayev = list.RootElement.GetProperty("items").EnumerateArray().First(s => s.GetProperty("name").GetString()!.Contains("Musayev"));
        using var speaker = await JsonAsync(client, musayev.GetProperty("api").GetString()!);

        Assert.Equal(2, speaker.RootElement.GetProperty("spellings").GetArrayLength());
        Assert.NotEmpty(speaker.RootElement.GetProperty("roles").EnumerateArray());
        Assert.Equal(musayev.GetProperty("documents").GetInt32(), speaker.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task Organs_sessions_agenda_items_kinds_and_missions_add_up_to_the_archive()
    {
        using var client = factory.CreateClient();

        using var organs = await JsonAsync(client, "/api/v1/organs");
        var assembly = organs.RootElement.EnumerateArray().Single(o => o.GetProperty("slug").GetString() == "general-assembly");
        using var sessions = await JsonAsync(client, assembly.GetProperty("sessions").GetString()!);
        using var items = await JsonAsync(client, "/api/v1/agenda-items?organ=general-assembly&limit=100");
        using var kinds = await JsonAsync(client, "/api/v1/kinds");
        using var missions = await JsonAsync(client, "/api/v1/missions");

        Assert.True(sessions.RootElement.EnumerateArray().Sum(s => s.GetProperty("documents").GetInt32()) >= assembly.GetProperty("documents").GetInt32());
        Assert.All(items.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("general-assembly", i.GetProperty("organ").GetString()));
        Assert.Equal(5, kinds.RootElement.EnumerateArray().Sum(k => k.GetProperty("documents").GetInt32()));
        Assert.Contains(missions.RootElement.EnumerateArray(), m => m.GetProperty("slug").GetString() == "azerbaijan");
    }

    [Fact]
    public async Task OpenApi_document_describes_every_api_path()
    {
        using var client = factory.CreateClient();

        using var openapi = await JsonAsync(client, "/openapi/v1.json");

        var paths = openapi.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["/api/v1/agenda-items", "/api/v1/documents", "/api/v1/documents/{slug}", "/api/v1/kinds", "/api/v1/missions",
            "/api/v1/organs", "/api/v1/organs/{slug}/sessions", "/api/v1/speakers", "/api/v1/speakers/{slug}"], paths.Order(StringComparer.Ordinal));
        Assert.Equal("Statements Archive API", openapi.RootElement.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Old_search_api_still_answers()
    {
        using var client = factory.CreateClient();

        using var search = await JsonAsync(client, "/api/search?q=khojaly");

        Assert.Equal(2, search.RootElement.GetProperty("total").GetInt32());
    }

    internal static async Task<JsonDocument> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    internal static async Task<string> FirstSlugAsync(HttpClient client, string query)
    {
        using var found = await JsonAsync(client, "/api/v1/documents?q=" + Uri.EscapeDataString(query));
        return found.RootElement.GetProperty("items")[0].GetProperty("slug").GetString()!;
    }
}

/// <summary>The per-client limit, with a limit small enough to reach.</summary>
public class ApiRateLimitTests(ApiRateLimitTests.Factory factory) : IClassFixture<ApiRateLimitTests.Factory>
{
    public sealed class Factory : ArchiveWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:ApiRequestsPerMinute", "3");
        }
    }

    [Fact]
    public async Task A_client_past_its_limit_gets_429_with_retry_after_while_pages_still_answer()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/kinds")).StatusCode);

        var refused = await client.GetAsync("/api/v1/kinds");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }
}
