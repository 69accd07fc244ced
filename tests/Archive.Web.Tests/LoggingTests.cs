namespace Archive.Web.Tests;

public class LoggingTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Each_request_and_each_imported_seed_writes_a_line_to_the_rolling_file()
    {
        var marker = Guid.NewGuid().ToString("N");
        using var client = factory.CreateClient();
        await client.GetAsync($"/?page=1&marker={marker}");

        var log = await ReadLogAsync();

        Assert.Single(log, line => line.Contains($"HTTP GET /?page=1&marker={marker} responded 200 in", StringComparison.Ordinal));
        Assert.Contains(log, line => line.Contains("Imported 000_1c78345fd241136f.txt as 2017-09-06-statement-", StringComparison.Ordinal));
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
