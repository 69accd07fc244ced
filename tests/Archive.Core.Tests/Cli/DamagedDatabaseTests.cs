using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Cli;

/// <summary>
/// A database file that is empty or not SQLite (a failed copy, a truncated disk) stops every command with one line naming
/// the file and what to do, exit code 3, and the file as it was: no fresh archive is made over it.
/// </summary>
public class DamagedDatabaseTests
{
    public static TheoryData<string, string> Commands => new()
    {
        { "empty", "import" },
        { "empty", "reindex" },
        { "garbage", "import" },
        { "garbage", "reindex" },
        { "truncated", "import" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Command_on_a_damaged_database_stops_with_one_line_and_exit_code_3_leaving_the_file_alone(string damage, string command)
    {
        var folder = Directory.CreateTempSubdirectory("archive-damaged-").FullName;
        try
        {
            var database = Path.Combine(folder, "archive.db");
            await DamageAsync(database, damage);
            var before = SHA256.HashData(await File.ReadAllBytesAsync(database));

            var run = command == "import"
                ? await RunAsync("import", Repository.Seeds, "--db", database)
                : await RunAsync("reindex", "--db", database);

            Assert.Equal(3, run.ExitCode);
            var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Contains(database, line, StringComparison.Ordinal);
            Assert.Contains("backup", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled", run.Error + run.Output, StringComparison.Ordinal);
            Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(database)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An empty file, random bytes, or a real archive cut short after its first pages.</summary>
    private static async Task DamageAsync(string database, string damage)
    {
        switch (damage)
        {
            case "empty":
                await File.WriteAllBytesAsync(database, []);
                break;
            case "garbage":
                await File.WriteAllBytesAsync(database, RandomNumberGenerator.GetBytes(16 * 1024));
                break;
            default:
                await using (var archive = await TempArchive.CreateAsync())
                {
                    await archive.ImportSeedsAsync();
                    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                    var bytes = await File.ReadAllBytesAsync(archive.DatabasePath);
                    var walBytes = File.Exists(archive.DatabasePath + "-wal") ? await File.ReadAllBytesAsync(archive.DatabasePath + "-wal") : [];
                    Assert.Empty(walBytes);
                    // The header says the file has many pages; only the first few are left.
                    await File.WriteAllBytesAsync(database, bytes[..(4096 * 3)]);
                }
                break;
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "damaged-.log");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
