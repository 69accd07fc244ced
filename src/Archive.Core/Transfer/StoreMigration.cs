using System.Diagnostics;
using Archive.Core.Data;
using Archive.Core.Search.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Archive.Core.Transfer;

/// <summary>
/// Moves a whole archive from one store to another, empty one (SQLite to PostgreSQL, PostgreSQL to SQLite, or either to
/// its own kind): the target is migrated, the source dumped to a temporary folder (<see cref="ArchiveDump"/>, row by row)
/// and restored from it (<see cref="ArchiveRestore"/>, one transaction, search index rebuilt), then the two are compared
/// with <see cref="ArchiveComparison"/> and the folder removed. Connection strings name the stores.
/// </summary>
public sealed class StoreMigration(TimeProvider clock, ILoggerFactory loggers)
{
    private const int DifferenceLimit = 50;

    /// <summary>
    /// Why the move cannot start, or null: the source must hold an archive, the target must be new or empty (no row in any
    /// table), and the two must differ. Only reads: a refused move has written nothing to either store.
    /// </summary>
    public static async Task<string?> ProblemAsync(string from, string to, CancellationToken ct)
    {
        if (SameStore(from, to))
            return "--from and --to name the same store; migrate-store moves an archive into another, empty one.";
        if ((StoreFile.Problem(from) ?? StoreFile.Problem(to)) is { } damaged)
            return damaged;
        if (!ArchiveDbOptions.IsPostgres(from) && !File.Exists(FileOf(from)))
            return $"No archive at {FileOf(from)}: the source file does not exist.";

        await using (var source = new ArchiveDb(ArchiveDbOptions.For(from)))
        {
            var creator = source.GetService<IRelationalDatabaseCreator>();
            if (!await creator.ExistsAsync(ct) || !await creator.HasTablesAsync(ct))
                return $"The source {Describe(from)} holds no archive (no tables).";
        }

        if (!ArchiveDbOptions.IsPostgres(to) && !File.Exists(FileOf(to)))
            return null;
        await using var target = new ArchiveDb(ArchiveDbOptions.For(to));
        var targetCreator = target.GetService<IRelationalDatabaseCreator>();
        if (!await targetCreator.ExistsAsync(ct) || !await targetCreator.HasTablesAsync(ct))
            return null;
        if ((await target.Database.GetPendingMigrationsAsync(ct)).Any())
            return $"The target {Describe(to)} holds tables but not this version's archive schema; migrate-store moves an archive only into a new, empty store.";
        foreach (var type in ModelTables.InInsertOrder(target.Model))
        {
            if (await ModelTables.CountAsync(target, type, ct) is var rows and > 0)
                return $"The target {Describe(to)} is not empty ({type.GetTableName()} has {rows} rows); migrate-store moves an archive only into a new, empty store. Nothing was written.";
        }
        return null;
    }

    /// <summary>
    /// Moves the archive; <paramref name="step"/> hears each step as it ends. Throws a <see cref="TransferException"/> when
    /// <see cref="ProblemAsync"/> refuses (nothing written) or the dump cannot be restored (the target's transaction rolls
    /// back, leaving it migrated and empty). Differences found afterwards are in the result, not thrown.
    /// </summary>
    public async Task<StoreMigrationResult> MoveAsync(string from, string to, Action<string> step, CancellationToken ct)
    {
        if (await ProblemAsync(from, to, ct) is { } problem)
            throw new TransferException(problem);
        var watch = Stopwatch.StartNew();

        await using (var target = new ArchiveDb(ArchiveDbOptions.For(to)))
        {
            var pending = (await target.Database.GetPendingMigrationsAsync(ct)).Count();
            await ArchiveMigrations.ApplyAsync(target, ct);
            step(pending > 0 ? $"Migrated the target {Describe(to)} ({pending} migrations applied)." : $"The target {Describe(to)} is migrated and empty.");
        }
        // A source written by an older version is brought up to this version's schema, as every command does; a current one is only read.
        await using (var source = new ArchiveDb(ArchiveDbOptions.For(from)))
        {
            if ((await source.Database.GetPendingMigrationsAsync(ct)).Count() is var pending and > 0)
            {
                await ArchiveMigrations.ApplyAsync(source, ct);
                step($"Migrated the source {Describe(from)} to this version's schema ({pending} migrations applied).");
            }
        }

        var temporary = Directory.CreateTempSubdirectory("archive-migrate-").FullName;
        try
        {
            var folder = Path.Combine(temporary, "dump");
            var started = watch.Elapsed;
            DumpManifest manifest;
            await using (var source = new ArchiveDb(ArchiveDbOptions.For(from)))
                manifest = await new ArchiveDump(source, clock, loggers.CreateLogger<ArchiveDump>()).WriteAsync(folder, ct);
            var dumped = manifest.Tables.Sum(t => t.Rows);
            var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            var dumpTime = watch.Elapsed - started;
            step($"Dumped {dumped} rows of {manifest.Tables.Count} tables from {Describe(from)} to {folder} ({bytes / 1_000_000.0:0.0} MB) in {Seconds(dumpTime)}.");

            started = watch.Elapsed;
            long restored;
            await using (var target = new ArchiveDb(ArchiveDbOptions.For(to)))
                restored = await new ArchiveRestore(target, SearchEngine.For(SearchEngine.PathFor(to, null)), loggers.CreateLogger<ArchiveRestore>()).ReadAsync(folder, ct);
            var restoreTime = watch.Elapsed - started;
            step($"Restored {restored} rows into {Describe(to)} and rebuilt its search index in {Seconds(restoreTime)}.");

            started = watch.Elapsed;
            // PostgreSQL keeps instants to the microsecond, so a move through it is compared to the microsecond.
            var precision = ArchiveDbOptions.IsPostgres(from) || ArchiveDbOptions.IsPostgres(to) ? InstantPrecision.Microsecond : InstantPrecision.Exact;
            ArchiveComparisonResult comparison;
            await using (var expected = new ArchiveDb(ArchiveDbOptions.For(from)))
            await using (var actual = new ArchiveDb(ArchiveDbOptions.For(to)))
                comparison = await ArchiveComparison.CompareAsync(expected, actual, precision, DifferenceLimit, ct);
            var compareTime = watch.Elapsed - started;
            step($"Compared the two archives row by row, field by field and byte by byte in {Seconds(compareTime)}.");
            return new StoreMigrationResult(restored, manifest.Tables.Count, bytes, comparison, dumpTime, restoreTime, compareTime, watch.Elapsed);
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
            step($"Removed the temporary folder {temporary}.");
        }
    }

    /// <summary>How a store is named to the user: the SQLite file, or the PostgreSQL database and server (never a password).</summary>
    public static string Describe(string connectionString)
    {
        if (!ArchiveDbOptions.IsPostgres(connectionString))
            return Path.GetFullPath(FileOf(connectionString));
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL database {server.Database} on {server.Host}:{server.Port}";
    }

    private static bool SameStore(string from, string to)
    {
        if (ArchiveDbOptions.IsPostgres(from) != ArchiveDbOptions.IsPostgres(to))
            return false;
        if (!ArchiveDbOptions.IsPostgres(from))
            return string.Equals(Path.GetFullPath(FileOf(from)), Path.GetFullPath(FileOf(to)), StringComparison.Ordinal);
        var (a, b) = (new NpgsqlConnectionStringBuilder(from), new NpgsqlConnectionStringBuilder(to));
        return string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.Database == b.Database;
    }

    private static string FileOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    private static string Seconds(TimeSpan time) => $"{time.TotalSeconds:0.0} s";
}
