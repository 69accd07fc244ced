using Archive.Cli;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Cli;

/// <summary>`archive reindex`: the repair for a damaged or emptied full-text index.</summary>
public class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_builds_a_damaged_index_again_and_reports_the_count()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var index = archive.SearchIndexPath;
        Directory.CreateDirectory(index);
        File.WriteAllText(Path.Combine(index, "segments_9"), "damaged");
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(["reindex", "--db", archive.Db], output, errors);

        Assert.Equal(0, code);
        Assert.Contains("5 documents indexed", output.ToString());
        await using var read = archive.OpenDb();
        Assert.Equal(5, (await Archive.Core.Tests.Search.SeedArchive.Service(read).SearchAsync(new Archive.Core.Search.SearchRequest("azerbaijan"), default)).Total);
    }

    [Theory]
    [InlineData("reindex", "--db")]
    [InlineData("reindex", "extra")]
    [InlineData("reindex", "--fast")]
    public async Task Reindex_with_bad_arguments_prints_usage_and_exits_2(params string[] args)
    {
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(args, new StringWriter(), errors);

        Assert.Equal(2, code);
        Assert.Contains("archive reindex", errors.ToString());
    }
}
