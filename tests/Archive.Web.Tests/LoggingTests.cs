namespace Archive.Web.Tests;

public class LoggingTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Rolling_file_gets_one_line_per_request_and_per_imported_seed()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = factory.CreateClient();
        await client.GetAsync($"/?page=1&marker={marker}");

        var log = await ReadLogAsync();

        Assert.Single(log, line => line.Contains($"HTTP GET /?page=1&marker={marker} responded 200 in", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains("Imported 000_1c78345fd241136f.txt as 2017-09-06-statement-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Request_line_starts_with_an_iso_8601_time_and_carries_its_properties_as_json()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = factory.CreateClient();
        await client.GetAsync($"/search?q={marker}");

        var line = Assert.Single(await ReadLogAsync(), l => l.Contains($"HTTP GET /search?q={marker} responded 200", StringComparison.Ordinal));

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2} \[INF\] ", line);
        Assert.Contains("Serilog.AspNetCore.RequestLoggingMiddleware", line, StringComparison.Ordinal);
        var properties = System.Text.Json.JsonDocument.Parse(line[line.IndexOf(" {\"", StringComparison.Ordinal)..]).RootElement;
        Assert.False(string.IsNullOrEmpty(properties.GetProperty("RequestId").GetString()));
    }

    [Fact]
    public async Task Request_line_keeps_a_forged_line_break_in_the_path_encoded_on_one_line()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = factory.CreateClient();
        await client.GetAsync($"/documents/{marker}%0D%0A2026-01-01T00:00:00.000+00:00 [INF] forged");

        var log = await ReadLogAsync();

        Assert.Single(log, line => line.Contains($"HTTP GET /documents/{marker}%0D%0A2026-01-01T00:00:00.000+00:00", StringComparison.Ordinal)
            && line.Contains("forged responded 404", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => line.StartsWith("2026-01-01T00:00:00.000+00:00 [INF] forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rolling_file_gets_a_500_line_when_a_request_fails()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = factory.CreateClient();
        await client.GetAsync($"/Error?status=99999&marker={marker}");

        var log = await ReadLogAsync();

        Assert.Single(log, line => line.Contains($"marker={marker} responded 500", StringComparison.Ordinal));
    }

    // Test hosts share the log under the test's working folder, as the file sink is opened shared.
    private static async Task<string[]> ReadLogAsync()
    {
        var file = Directory.GetFiles(Path.Combine(Directory.GetCurrentDirectory(), "logs"), "archive-*.log")
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n');
    }
}
