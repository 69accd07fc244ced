using System.Security.Cryptography;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Cli;

/// <summary>
/// A database file that is empty or not SQLite (a failed copy, a truncated disk) stops every command with one line naming
/// the file and what to do, exit code 3, and the file as it was: no fresh archive is made over it.
/// </summary>
// Damage to the SQLite file itself; a PostgreSQL server guards its own files.
[Trait("Store", "SqliteOnly")]
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
                ? await CliRun.RunAsync("import", Repository.Seeds, "--db", database)
                : await CliRun.RunAsync("reindex", "--db", database);

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
}
