using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Core.Data;

/// <summary>
/// Per-connection settings for SQLite. Each pragma runs in a command of its own: a row-returning
/// statement followed by another in one command hides the second one's errors (efcore#32740).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private static readonly string[] Pragmas =
    [
        "PRAGMA journal_mode=WAL;",
        "PRAGMA synchronous=NORMAL;",
        "PRAGMA busy_timeout=10000;",
        "PRAGMA foreign_keys=ON;",
    ];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        foreach (var pragma in Pragmas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = pragma;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        foreach (var pragma in Pragmas)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = pragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
