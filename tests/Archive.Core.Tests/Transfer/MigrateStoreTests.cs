using System.Security.Cryptography;
using Archive.Cli;
using Archive.Core.Data;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Archive.Core.Transfer;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Transfer;

/// <summary>
/// `archive migrate-store --from STORE --to STORE`: a whole archive moved into another, empty store and compared with its
/// source. The source archives here are SQLite files in both passes of the suite, so each test means the same in either.
/// </summary>
public sealed class MigrateStoreTests : IDisposable
{
    private static readonly string[] Queries = ["azerbaijan", "security council", "France welcomes the report", "climate"];

    private readonly string _folder = Directory.CreateTempSubdirectory("archive-migrate-test-").FullName;

    [Fact]
    public async Task Migrate_store_to_a_new_sqlite_file_moves_everything_and_reports_the_archives_identical()
    {
        await using var source = await DumpRestoreTests.BusyArchiveAsync(onSqlite: true);
        var target = Path.Combine(_folder, "moved.db");

        var (code, output, errors) = await RunAsync("migrate-store", "--from", source.Db, "--to", target);

        Assert.True(code == 0, errors);
        Assert.Matches(@"\d+ rows moved, archives identical; ", output);
        Assert.Contains("Migrated the target", output);
        Assert.False(Directory.Exists(TemporaryFolder(output)), "the temporary dump is removed");
        await using var expected = source.OpenDb();
        await using var actual = Open(target);
        Assert.Empty(await ArchiveComparison.DifferencesAsync(expected, actual, 20, default));
        Assert.Equal(await OriginalsAsync(expected), await OriginalsAsync(actual));
        foreach (var query in Queries)
            Assert.Equal(await DumpRestoreTests.FoundAsync(expected, query), await DumpRestoreTests.FoundAsync(actual, query));
        Assert.NotEmpty(await DumpRestoreTests.FoundAsync(actual, "azerbaijan"));
    }

    /// <summary>The target is the suite's store: a migrated SQLite file, or in the PostgreSQL pass an existing, migrated database.</summary>
    [Fact]
    public async Task Migrate_store_into_an_empty_migrated_archive_moves_everything()
    {
        await using var source = await DumpRestoreTests.BusyArchiveAsync(onSqlite: true);
        await using var target = await TempArchive.CreateAsync();

        var (code, output, errors) = await RunAsync("migrate-store", "--from", source.Db, "--to", target.Db);

        Assert.True(code == 0, errors);
        Assert.Contains("is migrated and empty", output);
        Assert.Matches(@"\d+ rows moved, archives identical", output);
        await using var expected = source.OpenDb();
        await using var actual = target.OpenDb();
        Assert.Empty((await ArchiveComparison.CompareAsync(expected, actual, InstantPrecision.Microsecond, 20, default)).Differences);
    }

    /// <summary>The full target is the suite's store, so the PostgreSQL pass checks the refusal on a PostgreSQL database.</summary>
    [Fact]
    public async Task Migrate_store_into_an_archive_that_has_rows_is_refused_with_exit_2_and_changes_nothing()
    {
        await using var source = await DumpRestoreTests.BusyArchiveAsync(onSqlite: true);
        await using var target = await TempArchive.CreateAsync();
        await target.ImportAsync("only.txt", "Statement by the Permanent Representative of Chile, 2 May 2022.\n\nChile supports the mission."u8.ToArray());
        var before = await target.CountsAsync();

        var (code, _, errors) = await RunAsync("migrate-store", "--from", source.Db, "--to", target.Db);

        Assert.Equal(2, code);
        Assert.Contains("is not empty", errors);
        Assert.Contains("Nothing was written", errors);
        Assert.Equal(before, await target.CountsAsync());
    }

    [Fact]
    public async Task Migrate_store_from_a_missing_file_is_refused_with_exit_2_and_creates_neither_store()
    {
        var missing = Path.Combine(_folder, "no-such-archive.db");
        var target = Path.Combine(_folder, "new.db");

        var (code, _, errors) = await RunAsync("migrate-store", "--from", missing, "--to", target);

        Assert.Equal(2, code);
        Assert.Contains("No archive at", errors);
        Assert.False(File.Exists(missing));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task Migrate_store_onto_its_own_source_is_refused_with_exit_2()
    {
        await using var source = await TempArchive.CreateOnSqliteAsync();
        await source.ImportSeedsAsync();

        var (code, _, errors) = await RunAsync("migrate-store", "--from", source.Db, "--to", source.Db);

        Assert.Equal(2, code);
        Assert.Contains("the same store", errors);
    }

    [Theory]
    [InlineData("migrate-store")]
    [InlineData("migrate-store", "--from", "a.db")]
    [InlineData("migrate-store", "--to", "b.db")]
    [InlineData("migrate-store", "--from", "--to", "b.db")]
    [InlineData("migrate-store", "--from", "a.db", "--to", "b.db", "--fast")]
    [InlineData("migrate-store", "a.db", "b.db")]
    public async Task Migrate_store_with_bad_arguments_prints_usage_and_exits_2(params string[] args)
    {
        var (code, _, errors) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Contains("archive migrate-store --from", errors);
    }

    /// <summary>
    /// The round trip of issue 13: a busy SQLite archive to a new PostgreSQL database and from there to a new SQLite file.
    /// PostgreSQL keeps instants to the microsecond, so the first leg is compared to the microsecond; the second is exact.
    /// </summary>
    [Fact]
    [Trait("Store", "PostgresOnly")]
    public async Task Migrate_store_from_sqlite_to_postgres_and_back_loses_nothing_and_refuses_a_second_move_into_the_full_target()
    {
        await using var first = await DumpRestoreTests.BusyArchiveAsync(onSqlite: true);
        var postgres = TestStore.Database("archive_migrate_" + Guid.NewGuid().ToString("N"));
        var last = Path.Combine(_folder, "back.db");
        try
        {
            var there = await RunAsync("migrate-store", "--from", first.Db, "--to", postgres);
            Assert.True(there.Code == 0, there.Errors);
            Assert.Matches(@"\d+ rows moved, archives identical", there.Output);
            var back = await RunAsync("migrate-store", "--from", postgres, "--to", last);
            Assert.True(back.Code == 0, back.Errors);
            Assert.Matches(@"\d+ rows moved, archives identical; ", back.Output);

            await using (var a = first.OpenDb())
            await using (var b = Open(postgres))
            await using (var c = Open(last))
            {
                var roundTrip = await ArchiveComparison.CompareAsync(a, c, InstantPrecision.Microsecond, 20, default);
                Assert.Empty(roundTrip.Differences);
                Assert.Equal(await RowsAsync(a), roundTrip.Rows);
                Assert.Empty(await ArchiveComparison.DifferencesAsync(b, c, 20, default));
                Assert.Equal(await OriginalsAsync(a), await OriginalsAsync(b));
                Assert.Equal(await OriginalsAsync(a), await OriginalsAsync(c));
                foreach (var query in Queries)
                {
                    var found = await DumpRestoreTests.FoundAsync(a, query);
                    Assert.Equal(found, await DumpRestoreTests.FoundAsync(b, query));
                    Assert.Equal(found, await DumpRestoreTests.FoundAsync(c, query));
                }
                Assert.NotEmpty(await DumpRestoreTests.FoundAsync(b, "azerbaijan"));
            }

            var again = await RunAsync("migrate-store", "--from", first.Db, "--to", postgres);

            Assert.Equal(2, again.Code);
            Assert.Contains("is not empty", again.Errors);
            await using (var a = first.OpenDb())
            await using (var b = Open(postgres))
            {
                var unchanged = await ArchiveComparison.CompareAsync(a, b, InstantPrecision.Microsecond, 20, default);
                Assert.Empty(unchanged.Differences);
                Assert.Equal(await RowsAsync(a), unchanged.Rows);
            }
        }
        finally
        {
            foreach (var store in new[] { postgres, ArchiveDbOptions.ForFile(last) })
                SearchEngine.Close(SearchEngine.PathFor(store, null));
            await TestStore.DropAsync(postgres);
            if (Directory.Exists(SearchEngine.PathFor(postgres, null)))
                Directory.Delete(SearchEngine.PathFor(postgres, null), recursive: true);
        }
    }

    private static ArchiveDb Open(string store) =>
        new(ArchiveDbOptions.For(ArchiveDbOptions.IsPostgres(store) ? store : ArchiveDbOptions.ForFile(store)));

    private static async Task<List<string>> OriginalsAsync(ArchiveDb db) =>
        (await db.OriginalFiles.IgnoreQueryFilters().OrderBy(o => o.Id).Select(o => o.Content).ToListAsync())
            .Select(bytes => Convert.ToHexStringLower(SHA256.HashData(bytes))).ToList();

    private static async Task<long> RowsAsync(ArchiveDb db)
    {
        long rows = 0;
        foreach (var type in ModelTables.InInsertOrder(db.Model))
            rows += await ModelTables.CountAsync(db, type, default);
        return rows;
    }

    private static string TemporaryFolder(string output) =>
        System.Text.RegularExpressions.Regex.Match(output, @"Removed the temporary folder (.+)\.\r?$", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value is { Length: > 0 } folder
            ? folder
            : throw new Xunit.Sdk.XunitException("The output names no temporary folder:\n" + output);

    private static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = await CommandLine.RunAsync(args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    public void Dispose()
    {
        SearchEngine.Close(SearchEngine.PathFor(ArchiveDbOptions.ForFile(Path.Combine(_folder, "moved.db")), null));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Only a stray temp folder is left behind.
        }
    }
}
