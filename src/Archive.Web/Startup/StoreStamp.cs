using System.Data.Common;
using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Archive.Web.Startup;

/// <summary>
/// A number that moves on with every write that changes what a public page shows, read from the store so that every
/// instance on one store agrees. Triggers add a row to <c>search_outbox</c> in the transaction of each change to a
/// document, its links, speakers, aliases, organs or agenda items. On SQLite the stamp is that table's AUTOINCREMENT
/// counter in <c>sqlite_sequence</c>, which survives the pruning of applied rows. On PostgreSQL it is the highest committed
/// id (the sequence itself also counts uncommitted and rolled-back ids, so a page rendered before a commit could be kept
/// under the stamp of after it); pruning always keeps the row an index stands at, so the highest id never goes back.
/// </summary>
public sealed class StoreStamp(string connectionString)
{
    private readonly bool _postgres = ArchiveDbOptions.IsPostgres(connectionString);

    /// <summary>One small read on a pooled connection of its own, without the EF context or its per-connection pragmas.</summary>
    public async Task<long> ReadAsync(CancellationToken ct)
    {
        await using DbConnection connection = _postgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = _postgres
            ? "SELECT coalesce(max(\"Id\"), 0) FROM search_outbox"
            : "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'), 0)";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
