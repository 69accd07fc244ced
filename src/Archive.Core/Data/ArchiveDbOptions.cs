using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Archive.Core.Data;

/// <summary>The two stores the archive runs on: an embedded SQLite file, or a PostgreSQL server shared by several instances.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>The one place that says how the store is opened, shared by hosts, tests and design-time tools.</summary>
public static class ArchiveDbOptions
{
    /// <summary>Where the PostgreSQL migrations live: EF keeps one migration history per provider, each in its own assembly.</summary>
    public const string PostgresMigrationsAssembly = "Archive.Store.Postgres";

    /// <summary>
    /// The connection string is the setting that chooses the store: one naming a server (<c>Host=…</c>, Npgsql's keywords)
    /// is PostgreSQL; anything else (<c>Data Source=file</c>) is SQLite.
    /// </summary>
    public static StoreProvider ProviderOf(string connectionString)
    {
        if (!connectionString.Contains("host", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("server", StringComparison.OrdinalIgnoreCase))
            return StoreProvider.Sqlite;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Host) ? StoreProvider.Sqlite : StoreProvider.PostgreSql;
        }
        catch (ArgumentException)
        {
            return StoreProvider.Sqlite;
        }
    }

    public static bool IsPostgres(string connectionString) => ProviderOf(connectionString) == StoreProvider.PostgreSql;

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        IsPostgres(connectionString)
            ? options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgresMigrationsAssembly))
            : options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());

    public static DbContextOptions<ArchiveDb> For(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDb>();
        Configure(builder, connectionString);
        return builder.Options;
    }

    /// <summary>Connection string for a database file, creating its folder if needed.</summary>
    public static string ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"Data Source={full}";
    }
}
