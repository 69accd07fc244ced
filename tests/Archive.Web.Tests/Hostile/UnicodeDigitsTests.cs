using System.Net;

namespace Archive.Web.Tests.Hostile;

/// <summary>
/// Digits of other scripts (Arabic-Indic ٢٠١٩, Persian ۲۰۱۹, fullwidth ２０１９) are no numbers to the archive: a filter
/// holding them is refused with a message, never a 500, in the query and in the URL's own parameters.
/// </summary>
public class UnicodeDigitsTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    public static TheoryData<string> Searches => new()
    {
        "q=year:٢٠١٩",
        "q=year:۲۰۱۹",
        "q=year:２０１９",
        "q=date:٢٠١٩-١١..٢٠٢٠-٠٦",
        "q=date:2019-١١-٠٣",
        "q=date:２０１９",
        "q=agenda:١٣٠",
        "q=agenda:general-assembly:٧٤:١٣٠",
        "q=agenda:１３０",
        "q=peace&year=٢٠١٩",
        "q=peace&year=２０１９",
        "q=peace&from=٢٠١٩-٠١-٠١",
        "q=peace&to=２０２０-０６",
        "q=peace&agenda=general-assembly:٧٤:١٣٠",
        "q=peace&agenda=١٣٠",
        "q=peace&page=٢",
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_page_with_unicode_digits_answers_without_a_server_error(string parameters)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/search?" + Escape(parameters));

        Assert.True((int)response.StatusCode < 500, $"/search?{parameters} answered {(int)response.StatusCode}");
    }

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Search_api_with_unicode_digits_answers_200_or_400_with_json(string parameters)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/search?" + Escape(parameters));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"/api/search?{parameters} answered {(int)response.StatusCode}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Year_filter_in_arabic_indic_digits_is_refused_with_a_message_not_read_as_another_year()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/search?q=" + Uri.EscapeDataString("year:٢٠١٩"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray()).GetString();
        Assert.Contains("٢٠١٩", error, StringComparison.Ordinal);
        Assert.Equal(0, json.RootElement.GetProperty("hits").GetArrayLength());
    }

    private static string Escape(string parameters) => string.Join('&', parameters.Split('&')
        .Select(p => p.Split('=', 2)).Select(kv => kv[0] + "=" + Uri.EscapeDataString(kv[1])));
}
