using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Archive.Core.Data;

/// <summary>
/// What a store error means, on either store. EF wraps the store's exception (DbUpdateException, InvalidOperationException),
/// so each test looks through the chain of inner exceptions.
/// </summary>
public static class StoreErrors
{
    /// <summary>A unique index refused the row (SQLite's UNIQUE constraint, PostgreSQL's 23505).</summary>
    public static bool IsUniqueViolation(Exception? exception) =>
        Find(exception, e => e is SqliteException { SqliteErrorCode: 19 } sqlite && sqlite.Message.Contains("UNIQUE", StringComparison.Ordinal)
            || e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation }) is not null;

    /// <summary>
    /// Another writer held what this write needed: SQLITE_BUSY or SQLITE_LOCKED past the busy timeout, or on PostgreSQL a
    /// deadlock, a serialization failure or a lock not available. The transaction rolled back; sending it again is safe.
    /// </summary>
    public static DbException? Busy(Exception? exception) =>
        Find(exception, e => e is SqliteException { SqliteErrorCode: 5 or 6 }
            || e is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.LockNotAvailable });

    /// <summary>The storage is full: SQLITE_FULL, or PostgreSQL's disk_full (53100).</summary>
    public static bool IsFull(Exception? exception) =>
        Find(exception, e => e is SqliteException { SqliteErrorCode: 13 } || e is PostgresException { SqlState: PostgresErrorCodes.DiskFull }) is not null;

    /// <summary>Any error the store itself answered with (as opposed to the archive's own code).</summary>
    public static bool IsStoreError(Exception? exception) => Find(exception, _ => true) is not null;

    private static DbException? Find(Exception? exception, Func<DbException, bool> test)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is DbException store && test(store))
                return store;
        }
        return null;
    }
}
