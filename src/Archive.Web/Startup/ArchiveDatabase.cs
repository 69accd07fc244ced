using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Archive.Web.Startup;

/// <summary>Where the store lives, and what happens to it before the first request.</summary>
public static class ArchiveDatabase
{
    /// <summary>ConnectionStrings:Archive, else App_Data/archive.db beside the app: embedded, no setup.</summary>
    public static string ConnectionString(WebApplicationBuilder builder) =>
        builder.Configuration.GetConnectionString("Archive")
        ?? ArchiveDbOptions.ForFile(Path.Combine(builder.Environment.ContentRootPath, "App_Data", "archive.db"));

    /// <summary>The process exit code when the database file is damaged or no database, or the PostgreSQL server cannot be used (as the command line's).</summary>
    public const int UnusableExitCode = 3;

    /// <summary>
    /// Checks the database file, applies migrations, then imports any seed document not yet stored. On an empty archive
    /// that is all five; afterwards each is skipped by its SHA-256, and a first start that was interrupted is completed.
    /// False, after one critical log line, when the file is damaged: the app must not start on it.
    /// </summary>
    public static async Task<bool> PrepareAsync(IServiceProvider services, IWebHostEnvironment environment, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ArchiveDatabase));
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var connectionString = db.Database.GetConnectionString()!;
        if (StoreFile.Problem(connectionString) is { } problem)
        {
            logger.LogCritical("{Problem}", problem);
            return false;
        }
        try
        {
            if (options.MigrateOnStart)
                await ArchiveMigrations.ApplyAsync(db, ct);

            if (string.IsNullOrWhiteSpace(options.SeedsPath))
                return true;
            var seeds = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.SeedsPath));
            if (!Directory.Exists(seeds))
            {
                logger.LogWarning("The seeds folder {SeedsPath} does not exist; no seed documents were imported", seeds);
                return true;
            }
            await scope.ServiceProvider.GetRequiredService<FolderImporter>().ImportAsync(seeds, "seed at start-up", null, ct);
            return true;
        }
        catch (SqliteException ex) when (StoreFile.IsDamage(ex))
        {
            logger.LogCritical("{Problem}", StoreFile.Unusable(new SqliteConnectionStringBuilder(connectionString).DataSource, "is damaged (" + ex.Message + ")"));
            return false;
        }
        catch (Npgsql.NpgsqlException ex)
        {
            logger.LogCritical("{Problem}", StoreFile.Unreachable(connectionString, ex));
            return false;
        }
    }
}
