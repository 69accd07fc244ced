using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Archive.Cli;

/// <summary>`archive import PATH [--db FILE]`: a thin shell over Core's importer.</summary>
public static class CommandLine
{
    private const string Usage = """
        Usage: archive import <file-or-folder> [--db <database-file>]

        Imports .txt and .md files into the archive, one transaction per file. Files already stored
        (same SHA-256) are skipped, so running it again is harmless.
        The database defaults to the web app's (src/Archive.Web/App_Data/archive.db in this repository),
        or the connection string in ConnectionStrings__Archive.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length < 2 || args[0] != "import")
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }
        var path = args[1];
        var dbIndex = Array.IndexOf(args, "--db");
        var dbFile = dbIndex >= 0 && dbIndex + 1 < args.Length ? args[dbIndex + 1] : null;

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var connectionString = dbFile is not null ? ArchiveDbOptions.ForFile(dbFile)
            : configuration.GetConnectionString("Archive") ?? DefaultConnection();
        if (connectionString is null)
        {
            await errors.WriteLineAsync("No database given: pass --db <file> or set ConnectionStrings__Archive.");
            return 2;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger(), dispose: true))
            .AddArchiveCore(configuration, connectionString)
            .BuildServiceProvider(validateScopes: true);
        await using (services)
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Database.MigrateAsync();
            return await ImportAsync(scope.ServiceProvider.GetRequiredService<FolderImporter>(), path, output, errors);
        }
    }

    private static async Task<int> ImportAsync(FolderImporter importer, string path, TextWriter output, TextWriter errors)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            await errors.WriteLineAsync($"No file or folder at {path}.");
            return 2;
        }
        var results = await importer.ImportAsync(path, "command line", (result, done, total) =>
        {
            output.WriteLine($"[{done}/{total}] {Describe(result)}");
            output.Flush();
        }, CancellationToken.None);

        await output.WriteLineAsync();
        await output.WriteLineAsync(ImportReport.Format(results));
        return results.Any(r => r.Status == ImportStatus.Failed) ? 1 : 0;
    }

    private static string Describe(ImportResult result) => result.Status switch
    {
        ImportStatus.Imported => $"imported  {result.FileName} as {result.Slug}" + (result.Warnings.Count > 0 ? $" ({result.Warnings.Count} warnings)" : ""),
        ImportStatus.Duplicate => $"skipped   {result.FileName}: {result.Reason}",
        _ => $"FAILED    {result.FileName}: {result.Reason}",
    };

    // The web app's database, when the command runs inside the repository.
    private static string? DefaultConnection()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
                return ArchiveDbOptions.ForFile(Path.Combine(dir.FullName, "src", "Archive.Web", "App_Data", "archive.db"));
        }
        return null;
    }
}
