using System.Diagnostics;
using System.Text;
using Archive.Core.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Faults;

/// <summary>
/// `archive import` killed with SIGKILL: each file it had reported as imported is stored whole, the store passes its
/// integrity checks, and running the command again imports exactly the files that were not yet stored.
/// </summary>
// Checks the SQLite file after a kill; on PostgreSQL the server's transactions give the same guarantee.
[Trait("Store", "SqliteOnly")]
public class ImportKillTests
{
    private const int Files = 200;

    [Fact]
    public async Task Import_killed_with_sigkill_keeps_every_reported_file_and_the_rerun_adds_only_the_rest()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-sigkill-").FullName;
        try
        {
            var body = await File.ReadAllTextAsync(Repository.SeedFiles[3]);
            for (var i = 0; i < Files; i++)
                await File.WriteAllTextAsync(Path.Combine(folder, $"f{i:000}.txt"), body + $"\n\nCopy {i} for the SIGKILL test.\n");

            var reported = new List<string>();
            using (var process = Process.Start(Command("import", folder, "--db", archive.Db))!)
            {
                while (await process.StandardOutput.ReadLineAsync() is { } line)
                {
                    if (line.Contains("imported  ", StringComparison.Ordinal))
                        reported.Add(line.Split("imported  ", 2)[1].Split(' ')[0]);
                    if (reported.Count == 25)
                        break;
                }
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            SqliteConnection.ClearAllPools();
            int stored;
            await using (var db = archive.OpenDb())
            {
                Assert.Equal("ok", await db.Database.SqlQuery<string>($"SELECT integrity_check AS Value FROM pragma_integrity_check").SingleAsync());
                // Every stored document left its row in the search outbox in the same transaction.
                Assert.Equal(await db.Documents.Select(d => d.Id).OrderBy(i => i).ToListAsync(),
                    await db.SearchOutbox.Select(e => e.DocumentId).Distinct().OrderBy(i => i).ToListAsync());
                var names = await db.OriginalFiles.Select(o => o.FileName).ToListAsync();
                Assert.Subset(names.ToHashSet(), reported.ToHashSet());
                Assert.Equal(names.Count, await db.Documents.CountAsync());
                stored = names.Count;
                Assert.InRange(stored, 25, Files - 1);
            }

            using var rerun = Process.Start(Command("import", folder, "--db", archive.Db))!;
            var output = await rerun.StandardOutput.ReadToEndAsync();
            await rerun.WaitForExitAsync();

            Assert.Equal(0, rerun.ExitCode);
            Assert.Equal(Files - stored, output.Split('\n').Count(l => l.Contains("] imported  ", StringComparison.Ordinal)));
            Assert.Equal(stored, output.Split('\n').Count(l => l.Contains("] skipped   ", StringComparison.Ordinal)));
            await using var check = archive.OpenDb();
            Assert.Equal(Files, await check.Documents.CountAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ProcessStartInfo Command(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(), StandardOutputEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "sigkill-.log");
        return start;
    }
}
