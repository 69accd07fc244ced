using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Import;
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

    /// <summary>Applies migrations, then imports the seed documents when the archive is empty.</summary>
    public static async Task PrepareAsync(IServiceProvider services, IWebHostEnvironment environment, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<ArchiveOptions>>().Value;
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<ArchiveOptions>>();
        if (options.MigrateOnStart)
            await db.Database.MigrateAsync(ct);

        if (string.IsNullOrWhiteSpace(options.SeedsPath) || await db.Documents.AnyAsync(ct))
            return;
        var seeds = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.SeedsPath));
        if (!Directory.Exists(seeds))
        {
            logger.LogWarning("The archive is empty and the seeds folder {SeedsPath} does not exist", seeds);
            return;
        }
        logger.LogInformation("The archive is empty: importing the seed documents from {SeedsPath}", seeds);
        await scope.ServiceProvider.GetRequiredService<FolderImporter>().ImportAsync(seeds, "seed at start-up", null, ct);
    }
}
