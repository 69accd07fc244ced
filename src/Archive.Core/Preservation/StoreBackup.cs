using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Preservation;

/// <summary>
/// A consistent copy of the store while the archive keeps serving: VACUUM INTO reads in one transaction, which in WAL
/// mode neither waits for writers nor stops them, and writes a compact new file with every committed change up to then.
/// </summary>
public sealed class StoreBackup(ArchiveDb db)
{
    public async Task<long> WriteAsync(string target, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
            throw new IOException("backup copies an SQLite store; a PostgreSQL store is backed up by the server (pg_dump or a base backup "
                + "with WAL archiving, see docs/deployment.md), or written out with dump.");
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
            throw new IOException($"{full} already exists; a backup never overwrites a file.");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await db.Database.ExecuteSqlAsync($"VACUUM INTO {full}", ct);
        // The copy keeps WAL mode from the source; integrity is checked on the copy, not assumed.
        await using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await copy.OpenAsync(ct);
        await using var check = copy.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var result = (string?)await check.ExecuteScalarAsync(ct);
        if (result != "ok")
            throw new InvalidDataException($"The backup {full} failed its integrity check: {result}");
        return new FileInfo(full).Length;
    }
}
