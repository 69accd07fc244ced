using Archive.Tests.Shared;
using System.Diagnostics;
using System.Text;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Faults;

/// <summary>
/// The archive on a 3 MB tmpfs (mounted for the test; needs root, as in CI): an import too big for the space left fails
/// with a clear "storage full" reason, stores nothing, leaves the store whole and searchable, and succeeds once there is room.
/// </summary>
public class DiskFullTests
{
    [Fact]
    public async Task Import_on_a_full_disk_says_storage_full_stores_nothing_and_succeeds_once_space_is_freed()
    {
        var mount = Directory.CreateTempSubdirectory("archive-full-").FullName;
        var input = Directory.CreateTempSubdirectory("archive-full-input-").FullName;
        Assert.True(await FullDisk.RunAsync("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount) == 0, "could not mount a tmpfs; the disk-full check needs root");
        try
        {
            var database = Path.Combine(mount, "archive.db");
            Assert.Equal(0, (await CliRun.RunAsync("import", Repository.Seeds, "--db", database)).ExitCode);
            // The first search builds the index (in the same tmpfs) while there is room, as a serving archive has it.
            Assert.Equal(5, await SearchTotalAsync(database, "statement OR letter OR note"));
            await File.WriteAllTextAsync(Path.Combine(input, "big.txt"), FullDisk.BigStatement(20261203), Encoding.UTF8);
            var before = await CountsAsync(database);

            var full = await CliRun.RunAsync("import", input, "--db", database);

            Assert.Equal(1, full.ExitCode);
            Assert.Contains("The storage holding the archive is full, so nothing of it was stored", full.Output, StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync(database));
            Assert.Equal(5, await SearchTotalAsync(database, "statement OR letter OR note"));

            Assert.Equal(0, await FullDisk.RunAsync("mount", "-o", "remount,size=64m", mount));
            var freed = await CliRun.RunAsync("import", input, "--db", database);

            Assert.Equal(0, freed.ExitCode);
            Assert.Contains("imported  big.txt", freed.Output, StringComparison.Ordinal);
            Assert.Equal(0, (await CliRun.RunAsync("fixity", "--db", database)).ExitCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Archive.Core.Search.Engine.SearchEngine.Close(Path.Combine(mount, "archive.db.search"));
            await FullDisk.RunAsync("umount", mount);
            Directory.Delete(mount, recursive: true);
            Directory.Delete(input, recursive: true);
        }
    }

    private static async Task<string> CountsAsync(string database)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For($"Data Source={database}"));
        Assert.Equal("ok", await db.Database.SqlQuery<string>($"SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync());
        return $"documents={await db.Documents.IgnoreQueryFilters().CountAsync()}, originals={await db.OriginalFiles.IgnoreQueryFilters().CountAsync()}";
    }

    private static async Task<int> SearchTotalAsync(string database, string query)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For($"Data Source={database}"));
        return (await Archive.Core.Tests.Search.SeedArchive.Service(db).SearchAsync(new SearchRequest(query), CancellationToken.None)).Total;
    }
}
