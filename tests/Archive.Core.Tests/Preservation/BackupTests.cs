using System.Text;
using Archive.Core.Preservation;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Preservation;

/// <summary>
/// An online backup taken while documents are being imported, then the restore drill: the copy passes its integrity
/// check and fixity, and answers searches exactly as the archive did when the copy was taken.
/// </summary>
// backup copies the SQLite file; PostgreSQL is backed up by its server (docs/deployment.md).
[Trait("Store", "SqliteOnly")]
public class BackupTests
{
    private static readonly string[] Queries = ["peace", "\"responsibility to protect\"", "speaker:musayev", "kind:letter", "azerbaijan -armenia", "year:2019", "norway"];

    [Fact]
    public async Task Backup_during_imports_restores_to_an_archive_that_passes_fixity_and_answers_the_same_searches()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var backup = Path.Combine(Path.GetTempPath(), $"archive-backup-{Guid.NewGuid():N}.db");
        try
        {
            // A writer imports documents the whole time the backup runs, as the web app would while serving.
            using var stop = new CancellationTokenSource();
            var writes = Task.Run(async () =>
            {
                var imported = 0;
                while (!stop.IsCancellationRequested)
                    await archive.ImportAsync($"during-{imported++}.txt", Encoding.UTF8.GetBytes(Statement(imported)));
                return imported;
            });
            await Task.Delay(200);

            var run = await CliRun.RunAsync("backup", backup, "--db", archive.Db);
            var atBackup = await SearchAllAsync(backup);
            stop.Cancel();
            Assert.True(await writes > 1, "no document was imported during the backup");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("integrity checked", run.Output, StringComparison.Ordinal);
            var fixity = await CliRun.RunAsync("fixity", "--db", backup);
            Assert.Equal(0, fixity.ExitCode);
            // The copy holds a prefix of the writes: every document in it is whole and searchable, and the archive holds it too.
            Assert.Equal(await SearchAllAsync(backup), atBackup);
            await using var source = archive.OpenDb();
            await using var copy = Open(backup);
            var copied = await copy.Documents.Select(d => d.Slug).ToListAsync();
            Assert.Subset(new HashSet<string>(await source.Documents.Select(d => d.Slug).ToListAsync()), new HashSet<string>(copied));
            Assert.Equal(await copy.Documents.CountAsync(), await copy.OriginalFiles.CountAsync());
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { backup, backup + "-wal", backup + "-shm" })
                File.Delete(file);
        }
    }

    [Fact]
    public async Task Restored_copy_of_a_quiet_archive_answers_every_search_as_the_archive_does()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var backup = Path.Combine(Path.GetTempPath(), $"archive-backup-{Guid.NewGuid():N}.db");
        try
        {
            var run = await CliRun.RunAsync("backup", backup, "--db", archive.Db);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal(await SearchAllAsync(archive.DatabasePath), await SearchAllAsync(backup));
            Assert.Equal(0, (await CliRun.RunAsync("fixity", "--db", backup)).ExitCode);
            var again = await CliRun.RunAsync("backup", backup, "--db", archive.Db);
            Assert.Equal(2, again.ExitCode);
            Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { backup, backup + "-wal", backup + "-shm" })
                File.Delete(file);
        }
    }

    private static async Task<string> SearchAllAsync(string database)
    {
        await using var db = Open(database);
        var search = Archive.Core.Tests.Search.SeedArchive.Service(db);
        var lines = new List<string>();
        foreach (var query in Queries)
        {
            var result = await search.SearchAsync(new SearchRequest(query), CancellationToken.None);
            lines.Add($"{query}: {result.Total} = {string.Join(" ", result.Hits.Select(h => h.Slug))}");
        }
        return string.Join("\n", lines);
    }

    private static Archive.Core.Data.ArchiveDb Open(string database) => new(Archive.Core.Data.ArchiveDbOptions.For($"Data Source={database}"));

    private static string Statement(int n) =>
        $"Statement by the representative of Norway at meeting {n}\n\n12 March 2024\n\n"
        + $"Mr. President, Norway thanks the Secretary-General for report number {n} and supports the work on peace.\n";
}
