namespace Archive.Web.Tests;

public class LoggingTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Each_request_and_each_imported_seed_writes_one_line_to_the_rolling_file()
    {
        using var client = factory.CreateClient();
        await client.GetAsync("/?page=1");

        var log = await ReadLogAsync();

        Assert.Single(log, line => line.Contains("HTTP GET /?page=1 responded 200 in", StringComparison.Ordinal));
        Assert.Equal(5, log.Count(line => line.Contains("Imported 00", StringComparison.Ordinal)));
    }

    private async Task<string[]> ReadLogAsync()
    {
        var file = Directory.GetFiles(factory.LogFolder, "archive-*.log").Single();
        // The sink keeps the file open; share it rather than wait for the host to stop.
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n');
    }
}
