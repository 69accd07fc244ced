using System.Diagnostics;
using System.Text;
using Archive.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Faults;

/// <summary>
/// A bulk import killed with SIGKILL between batches: the store holds whole batches only, with its search triggers in
/// place, and running the same command again stores exactly the files that were missing and indexes everything.
/// </summary>
// Checks the SQLite file after a kill; on PostgreSQL the server's transactions give the same guarantee.
[Trait("Store", "SqliteOnly")]
public class BulkImportKillTests
{
    private const int Files = 600;
    private const int Batch = 20;

    [Fact]
    public async Task Bulk_import_killed_with_sigkill_keeps_whole_batches_and_the_rerun_adds_only_the_rest()
    {
        await using var archive = await TempArchive.CreateAsync();
        int triggers;
        await using (var fresh = archive.OpenDb())
            triggers = await TriggerCountAsync(fresh);
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var folder = Path.Combine(workspace, "many");
            var texts = UngdcSample.Statements().Select(s => Encoding.UTF8.GetString(s.Content)).ToList();
            for (var i = 0; i < Files; i++)
            {
                var session = 1 + i % 10;
                var code = $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}X";
                var path = Path.Combine(folder, $"Session {session:00} - {1945 + session}", $"{code}_{session:00}_{1945 + session}.txt");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, texts[i % texts.Count] + $"\n\nCopy {i} for the SIGKILL test.\n");
            }
            string[] args = ["import", folder, "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--batch", $"{Batch}", "--db", archive.Db];

            using (var process = Process.Start(Command(args))!)
            {
                var watch = Stopwatch.StartNew();
                while (!process.HasExited && await StoredAsync(archive) < 3 * Batch && watch.Elapsed < TimeSpan.FromMinutes(2))
                    await Task.Delay(10);
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            SqliteConnection.ClearAllPools();
            int stored;
            await using (var db = archive.OpenDb())
            {
                Assert.Equal("ok", await db.Database.SqlQuery<string>($"SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync());
                Assert.Equal(triggers, await TriggerCountAsync(db));
                // Every stored document left its outbox row in its batch's transaction, so the index can catch up on them.
                Assert.Equal(await db.Documents.Select(d => d.Id).OrderBy(i => i).ToListAsync(),
                    await db.SearchOutbox.Select(e => e.DocumentId).Distinct().OrderBy(i => i).ToListAsync());
                stored = await db.Documents.CountAsync();
                Assert.Equal(stored, await db.OriginalFiles.CountAsync());
                Assert.InRange(stored, 3 * Batch, Files - 1);
                Assert.Equal(0, stored % Batch);
            }

            using var rerun = Process.Start(Command(args))!;
            var output = await rerun.StandardOutput.ReadToEndAsync();
            await rerun.WaitForExitAsync();

            Assert.Equal(0, rerun.ExitCode);
            Assert.Contains($"{Files - stored} imported, {stored} skipped as duplicates, 0 failed", output);
            await using var check = archive.OpenDb();
            Assert.Equal(Files, await check.Documents.CountAsync());
            var index = Archive.Core.Search.Engine.SearchEngine.ForStore(check);
            await index.CatchUpAsync(check, default);
            Assert.Equal(Files, index.Count);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static async Task<int> StoredAsync(TempArchive archive)
    {
        await using var db = archive.OpenDb();
        return await db.Documents.CountAsync();
    }

    private static Task<int> TriggerCountAsync(Archive.Core.Data.ArchiveDb db) =>
        db.Database.SqlQuery<int>($"SELECT count(*) AS Value FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%search_outbox%'").SingleAsync();

    private static ProcessStartInfo Command(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(), StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "bulk-sigkill-.log");
        return start;
    }
}
