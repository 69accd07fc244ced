using System.Buffers.Binary;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Archive.Core.Data;

/// <summary>
/// Checks, before anything opens it, that an existing database file is a whole SQLite database. SQLite would take an
/// empty file for a new database, and fail on a damaged one deep inside the first command; either way the archive must
/// stop and say so rather than build a fresh store over the remains.
/// </summary>
public static class StoreFile
{
    private static readonly byte[] Header = Encoding.ASCII.GetBytes("SQLite format 3\0");

    /// <summary>A sentence naming the file and what to do when it is no usable database; null when it is fine or does not exist yet.</summary>
    public static string? Problem(string connectionString)
    {
        if (ArchiveDbOptions.IsPostgres(connectionString))
            return null;
        var path = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(path) || path == ":memory:" || !File.Exists(path))
            return null;
        var fault = Inspect(path);
        return fault is null ? null : Unusable(path, fault);
    }

    /// <summary>The message for a file SQLite itself found damaged (<paramref name="detail"/> is its own words).</summary>
    public static string Unusable(string path, string detail) =>
        $"The database file {Path.GetFullPath(path)} {detail}; the archive did not change it. Restore it from a backup "
        + "(see docs/reliability.md), or move it aside to start an empty archive.";

    /// <summary>
    /// The message when a PostgreSQL store cannot be used at all (server down, wrong password, no such database), naming the
    /// server and database but never the password.
    /// </summary>
    public static string Unreachable(string connectionString, Npgsql.NpgsqlException exception)
    {
        var server = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"The PostgreSQL store {server.Database} on {server.Host}:{server.Port} cannot be used ({exception.Message}); "
            + "nothing was changed. Check that the server is running and the connection string is right (see docs/deployment.md).";
    }

    /// <summary>True for the SQLite errors that mean the file is damaged or no database (SQLITE_CORRUPT, SQLITE_NOTADB).</summary>
    public static bool IsDamage(SqliteException exception) => exception.SqliteErrorCode is 11 or 26;

    /// <summary>What a user is told when a write failed for lack of space (SQLITE_FULL); the transaction rolled back.</summary>
    public const string FullMessage = "The storage holding the archive is full, so nothing of it was stored. Free some space and send it again.";

    /// <summary>True when <paramref name="exception"/> or one it wraps says the storage is full (either store).</summary>
    public static bool IsFull(Exception? exception) => StoreErrors.IsFull(exception);

    private static string? Inspect(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        if (file.Length == 0)
            return "is empty (0 bytes)";
        var header = new byte[100];
        if (file.Length < header.Length || file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header.AsSpan(0, Header.Length).SequenceEqual(Header))
            return $"is not an SQLite database ({file.Length} bytes without its header)";
        // The page size is at offset 16 (1 means 65536); the page count at 28 is valid when the counters at 24 and 92 agree.
        var pageSize = (long)BinaryPrimitives.ReadUInt16BigEndian(header.AsSpan(16));
        if (pageSize == 1)
            pageSize = 65536;
        var pages = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(28));
        var countValid = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(24)) == BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(92));
        // A crash during a checkpoint can leave the file short of its header with the rest still in the write-ahead log.
        var wal = new FileInfo(path + "-wal");
        if (countValid && pages > 0 && file.Length < pages * pageSize && !(wal.Exists && wal.Length > 0))
            return $"is cut short ({file.Length} bytes of the {pages * pageSize} its header gives)";
        return null;
    }
}
