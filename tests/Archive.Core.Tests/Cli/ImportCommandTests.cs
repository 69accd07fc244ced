using System.Diagnostics;
using System.Text;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Cli;

/// <summary>The `archive import` command run as a real process, as an archivist would run it.</summary>
public class ImportCommandTests
{
    [Fact]
    public async Task Import_seeds_reports_each_file_and_a_rerun_skips_them_all()
    {
        await using var archive = await TempArchive.CreateAsync();

        var first = await RunAsync("import", Repository.Seeds, "--db", archive.Db);
        var second = await RunAsync("import", Repository.Seeds, "--db", archive.Db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("[1/5] imported", first.Output);
        Assert.Contains("[5/5]", first.Output);
        Assert.Contains("5 imported, 0 skipped as duplicates, 0 failed", first.Output);
        Assert.Contains("000_1c78345fd241136f.txt: imported -> 2017-09-06-statement-", first.Output);
        Assert.Contains("0 imported, 5 skipped as duplicates, 0 failed", second.Output);
        await using var db = archive.OpenDb();
        Assert.Equal(5, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Import_bad_file_reports_the_reason_and_exits_1()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-cli-").FullName;
        try
        {
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "good.txt"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "bad.txt"), [0xC3, 0x28, 0x41]);

            var run = await RunAsync("import", folder, "--db", archive.Db);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("bad.txt: failed", run.Output);
            Assert.Contains("reason: The file is not valid UTF-8", run.Output);
            Assert.Contains("1 imported, 0 skipped as duplicates, 1 failed", run.Output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Import_without_a_path_prints_usage_and_exits_2()
    {
        var run = await RunAsync("import");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: archive import", run.Error);
    }

    // Checks the SQLite file after a kill; on PostgreSQL the server's transactions give the same guarantee.
    [Trait("Store", "SqliteOnly")]
    [Fact]
    public async Task Import_killed_midway_leaves_whole_documents_and_a_rerun_stores_each_file_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-kill-").FullName;
        try
        {
            foreach (var seed in Repository.SeedFiles)
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            // Enough further files that the kill lands while the import is still running.
            var filler = await File.ReadAllTextAsync(Repository.SeedFiles[3]);
            for (var i = 0; i < 300; i++)
                await File.WriteAllTextAsync(Path.Combine(folder, $"zz_{i:000}.txt"), filler + $"\n\nCopy {i} for the interruption test.\n");

            await RunAndKillAsync(archive.DatabasePath, folder, afterProgressLines: 3);

            await using (var db = archive.OpenDb())
            {
                // Killed while running: some files stored, not all.
                var documents = await db.Documents.CountAsync();
                Assert.InRange(documents, 3, 304);
                Assert.Equal(documents, await db.OriginalFiles.CountAsync());
                Assert.Equal(0, await db.Documents.CountAsync(d => d.Original == null));
            }

            var rerun = await RunAsync("import", folder, "--db", archive.Db);

            Assert.Equal(0, rerun.ExitCode);
            await using var check = archive.OpenDb();
            Assert.Equal(305, await check.Documents.CountAsync());
            foreach (var seed in Repository.SeedFiles)
                Assert.Equal(1, await check.OriginalFiles.CountAsync(o => o.FileName == Path.GetFileName(seed)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("import", "--db")]
    [InlineData("import", "seeds", "--db")]
    [InlineData("import", "seeds", "--force")]
    [InlineData("import", "seeds", "more")]
    [InlineData("export", "seeds")]
    public async Task Import_with_malformed_arguments_exits_2_and_touches_no_database(params string[] args)
    {
        var run = await RunAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage: archive import", run.Error);
    }

    [Fact]
    public async Task Help_prints_usage_and_exits_0()
    {
        var run = await RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage: archive import", run.Output);
    }

    [Fact]
    public async Task Import_into_a_folder_or_a_missing_folder_exits_2_and_creates_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("archive-dbdir-").FullName;
        try
        {
            var intoFolder = await RunAsync("import", Repository.Seeds, "--db", folder);
            var intoMissing = await RunAsync("import", Repository.Seeds, $"--db={Path.Combine(folder, "missing", "archive.db")}");

            Assert.Equal(2, intoFolder.ExitCode);
            Assert.Contains("is a folder", intoFolder.Error);
            Assert.Equal(2, intoMissing.ExitCode);
            Assert.Contains("does not exist", intoMissing.Error);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_a_missing_path_exits_2_and_creates_no_database()
    {
        var folder = Directory.CreateTempSubdirectory("archive-none-").FullName;
        try
        {
            var database = Path.Combine(folder, "archive.db");

            var run = await RunAsync("import", Path.Combine(folder, "no-such-folder"), "--db", database);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("No file or folder at", run.Error);
            Assert.False(File.Exists(database));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ProcessStartInfo Command(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        // Logs go to a throwaway folder, not into the repository.
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "import-.log");
        return start;
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var process = Process.Start(Command(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static async Task RunAndKillAsync(string database, string folder, int afterProgressLines)
    {
        using var process = Process.Start(Command("import", folder, "--db", database))!;
        var seen = 0;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (line.StartsWith('[') && ++seen >= afterProgressLines)
                break;
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }
}
