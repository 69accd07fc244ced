using Microsoft.Data.Sqlite;

namespace Archive.Web.Startup;

/// <summary>
/// A number that moves on with every write that changes what a public page shows, read from the store so that every
/// instance on one store agrees. Triggers add a row to <c>search_outbox</c> in the transaction of each change to a
/// document, its links, speakers, aliases, organs or agenda items; the stamp is that table's AUTOINCREMENT counter in
/// <c>sqlite_sequence</c> rather than max(Id), because the search engine prunes applied rows, and max over an emptied table
/// would fall back to a value an older state of the store already had.
/// </summary>
public sealed class StoreStamp(string connectionString)
{
    /// <summary>One small read on a pooled connection of its own, without the EF context or its per-connection pragmas.</summary>
    public async Task<long> ReadAsync(CancellationToken ct)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'search_outbox'), 0)";
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
