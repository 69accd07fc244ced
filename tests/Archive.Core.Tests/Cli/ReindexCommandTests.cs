using Archive.Cli;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Cli;

/// <summary>`archive reindex`: the repair for a damaged or emptied full-text index.</summary>
public class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_rebuilds_an_emptied_index_and_reports_the_count()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
            await db.Database.ExecuteSqlRawAsync("DELETE FROM documents_fts");
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(["reindex", "--db", archive.DatabasePath], output, errors);

        Assert.Equal(0, code);
        Assert.Contains("5 documents indexed", output.ToString());
        await using var read = archive.OpenDb();
        Assert.Equal(5, await read.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM documents_fts WHERE documents_fts MATCH 'azerbaijan'").SingleAsync());
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
