using System.Diagnostics;
using System.Globalization;
using Archive.Core.Documents;
using Microsoft.Data.Sqlite;

namespace Archive.Benchmarks;

/// <summary>
/// The raw FTS5 side of the query comparison: a contentless FTS5 table (<c>content=''</c>, so it keeps the index but no copy
/// of the text) over the public documents of an archive, in a database file of its own. Rebuilt when the archive's document
/// count or highest id differs from the one it was built from.
/// </summary>
internal static class CompareTable
{
    public static async Task<(int Documents, string Built)> EnsureAsync(string archive, string file, TextWriter output)
    {
        var (count, maxId) = await ArchiveStateAsync(archive);
        if (File.Exists(file) && await BuiltFromAsync(file) is { } built && built.Count == count && built.MaxId == maxId)
        {
            return (count, string.Create(CultureInfo.InvariantCulture,
                $"the table of an earlier run ({built.Seconds:0.0} s to build, {new FileInfo(file).Length / 1e6:N0} MB)"));
        }
        File.Delete(file);
        var watch = Stopwatch.StartNew();
        await using (var connection = new SqliteConnection($"Data Source={Path.GetFullPath(file)}"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "PRAGMA journal_mode = OFF");
            await ExecuteAsync(connection, "PRAGMA synchronous = OFF");
            var attach = connection.CreateCommand();
            attach.CommandText = "ATTACH DATABASE $file AS archive";
            attach.Parameters.AddWithValue("$file", Path.GetFullPath(archive));
            await attach.ExecuteNonQueryAsync();
            await ExecuteAsync(connection, """
                CREATE VIRTUAL TABLE compare_fts USING fts5(title, speakers, body, content = '',
                    tokenize = 'porter unicode61 remove_diacritics 2')
                """);
            await ExecuteAsync(connection, $"""
                INSERT INTO compare_fts(rowid, title, speakers, body)
                SELECT d.Id, coalesce(d.Title, ''),
                       coalesce((SELECT group_concat(s.SpellingUsed, ' ') FROM archive.document_speakers s WHERE s.DocumentId = d.Id), ''),
                       d.Body
                FROM archive.documents d WHERE {PublicDocuments.SqlCondition}
                """);
            await ExecuteAsync(connection, "INSERT INTO compare_fts(compare_fts) VALUES ('optimize')");
            watch.Stop();
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture,
                $"CREATE TABLE compare_built AS SELECT {count} AS Count, {maxId} AS MaxId, {watch.Elapsed.TotalSeconds:0.000} AS Seconds"));
        }
        SqliteConnection.ClearAllPools();
        var size = new FileInfo(file).Length;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"FTS5 comparison table: {count:N0} documents in {watch.Elapsed.TotalSeconds:0.0} s, {size / 1e6:N0} MB"));
        return (count, string.Create(CultureInfo.InvariantCulture,
            $"built in {watch.Elapsed.TotalSeconds:0.0} s ({count / watch.Elapsed.TotalSeconds:N0} documents/s), {size / 1e6:N0} MB"));
    }

    private static async Task<(int Count, long MaxId)> ArchiveStateAsync(string archive)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(archive)};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*), coalesce(max(Id), 0) FROM documents d WHERE {PublicDocuments.SqlCondition}";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt32(0), reader.GetInt64(1));
    }

    private static async Task<(int Count, long MaxId, double Seconds)?> BuiltFromAsync(string file)
    {
        try
        {
            await using var connection = new SqliteConnection($"Data Source={Path.GetFullPath(file)};Mode=ReadOnly");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT Count, MaxId, Seconds FROM compare_built";
            await using var reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync() ? (reader.GetInt32(0), reader.GetInt64(1), reader.GetDouble(2)) : null;
        }
        catch (SqliteException)
        {
            return null;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
