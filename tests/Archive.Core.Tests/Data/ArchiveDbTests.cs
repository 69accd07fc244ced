using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Data;

public class ArchiveDbTests
{
    [Fact]
    public async Task Migrations_applied_to_a_new_store_match_the_model()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: run dotnet ef migrations add.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    // SQLite's per-connection pragmas.
    [Trait("Store", "SqliteOnly")]
    [Fact]
    public async Task Connection_to_the_store_uses_wal_and_foreign_keys()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();

        var journal = await db.Database.SqlQuery<string>($"SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        var foreignKeys = await db.Database.SqlQuery<long>($"SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync();

        Assert.Equal("wal", journal);
        Assert.Equal(1, foreignKeys);
    }
}
