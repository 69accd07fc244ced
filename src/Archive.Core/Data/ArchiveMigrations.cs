using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

public static class ArchiveMigrations
{
    /// <summary>
    /// Applies pending migrations with a command timeout of an hour rather than 30 seconds: the SearchIndex migration indexes
    /// every stored document in one statement (about two minutes for 100,000 documents on two cores).
    /// </summary>
    public static async Task ApplyAsync(ArchiveDb db, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout((int?)null);
        }
    }
}
