using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Archive.Tests.Shared;

/// <summary>
/// The store a test archive lives in. By default a fresh SQLite file in the test's folder. With ARCHIVE_TEST_STORE=postgres
/// (tests/run.sh sets it for its second pass) a fresh database on the server ARCHIVE_PG names, copied from a template this
/// process migrated once, so that every test starts from the same empty, migrated store on either.
/// </summary>
public static class TestStore
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    public static bool IsPostgres => Environment.GetEnvironmentVariable("ARCHIVE_TEST_STORE") == "postgres";

    /// <summary>The server the PostgreSQL pass uses (tests/postgres/start.sh prints it).</summary>
    public static string Server => Environment.GetEnvironmentVariable("ARCHIVE_PG")
        ?? throw new InvalidOperationException("ARCHIVE_TEST_STORE=postgres needs ARCHIVE_PG, the server's connection string (eval \"$(tests/postgres/start.sh)\").");

    /// <summary>A new, empty store: migrated on PostgreSQL, not yet created on SQLite (the first open creates the file).</summary>
    public static Task<string> CreateAsync(string folder) => CreateAsync(folder, IsPostgres ? StoreProvider.PostgreSql : StoreProvider.Sqlite);

    /// <summary>A new, empty store of the given kind, whatever the pass (a test comparing the two stores needs both).</summary>
    public static async Task<string> CreateAsync(string folder, StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
            return $"Data Source={Path.Combine(folder, "archive.db")}";
        var template = await Template.Value;
        var name = "archive_test_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {template}");
        return Database(name);
    }

    /// <summary>Same as <see cref="CreateAsync"/> for constructors, which cannot wait.</summary>
    public static string Create(string folder) => CreateAsync(folder).GetAwaiter().GetResult();

    /// <summary>Drops a PostgreSQL test database (its connections first); nothing to do for a file in a deleted folder.</summary>
    public static async Task DropAsync(string connectionString)
    {
        if (!ArchiveDbOptions.IsPostgres(connectionString))
        {
            SqliteConnection.ClearAllPools();
            return;
        }
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    public static void Drop(string connectionString) => DropAsync(connectionString).GetAwaiter().GetResult();

    /// <summary>The connection string of database <paramref name="name"/> on the test server.</summary>
    public static string Database(string name) => new NpgsqlConnectionStringBuilder(Server) { Database = name }.ToString();

    private static async Task<string> CreateTemplateAsync()
    {
        var name = $"archive_template_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE {name}");
        var connectionString = Database(name);
        await using (var db = new ArchiveDb(ArchiveDbOptions.For(connectionString)))
            await db.Database.MigrateAsync();
        // A database with a connection open cannot be copied.
        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
        return name;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
