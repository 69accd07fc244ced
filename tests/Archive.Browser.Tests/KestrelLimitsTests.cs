namespace Archive.Browser.Tests;

/// <summary>Limits that only the real server enforces, so they are checked over a real socket.</summary>
public class KestrelLimitsTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Fact]
    public async Task Request_line_over_8_KB_is_refused_with_414()
    {
        using var client = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };

        var response = await client.GetAsync("/?page=" + new string('1', 9 * 1024));

        Assert.Equal(414, (int)response.StatusCode);
    }
}
