using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

/// <summary>The one place that says how the store is opened, shared by hosts, tests and design-time tools.</summary>
public static class ArchiveDbOptions
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas());

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
