using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Archive.Web.Tests;

/// <summary>The web app started on an empty or non-SQLite database file stops with one clear line and leaves the file alone.</summary>
// Damage to the SQLite file itself.
[Trait("Store", "SqliteOnly")]
public class DamagedDatabaseStartTests
{
    [Theory]
    [InlineData("empty")]
    [InlineData("garbage")]
    public async Task Web_app_on_a_damaged_database_exits_with_code_3_and_one_line_naming_the_file(string damage)
    {
        var folder = Directory.CreateTempSubdirectory("archive-damaged-web-").FullName;
        try
        {
            var database = Path.Combine(folder, "archive.db");
            await File.WriteAllBytesAsync(database, damage == "empty" ? [] : RandomNumberGenerator.GetBytes(16 * 1024));
            var before = SHA256.HashData(await File.ReadAllBytesAsync(database));

            var (exitCode, output) = await RunWebAppAsync(database);

            Assert.Equal(3, exitCode);
            var lines = output.Split('\n').Where(l => l.Contains(database, StringComparison.Ordinal)).ToList();
            var line = Assert.Single(lines);
            Assert.Contains("backup", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled", output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
            Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(database)));
            Assert.False(File.Exists(database + "-wal") && new FileInfo(database + "-wal").Length > 0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs the built web app as `dotnet run` would, from its own folder, on a loopback port; returns its exit code and output.</summary>
    private static async Task<(int ExitCode, string Output)> RunWebAppAsync(string database)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(ArchiveWebFactory.RepositoryRoot(), "src", "Archive.Web");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = web,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(web, "bin", configuration, "net10.0", "Archive.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ConnectionStrings__Archive"] = $"Data Source={database}";
        start.Environment["Serilog__WriteTo__File__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "damaged-web-.log");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException("The web app kept running on a damaged database: " + await output);
        }
        return (process.ExitCode, await output + await error);
    }
}
