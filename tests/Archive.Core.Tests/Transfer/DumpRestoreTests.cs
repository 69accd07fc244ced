using System.Security.Cryptography;
using Archive.Cli;
using Archive.Core.Accounts;
using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Core.Transfer;
using Archive.Tests.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Transfer;

/// <summary>`archive dump` and `archive restore`: a whole archive moved to an empty one, nothing lost.</summary>
public sealed class DumpRestoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Directory.CreateTempSubdirectory("archive-dump-").FullName, "dump");

    [Fact]
    public async Task Dump_then_restore_into_an_empty_archive_gives_the_same_archive_field_by_field_and_byte_by_byte()
    {
        await using var source = await BusyArchiveAsync();
        await using var target = await TempArchive.CreateAsync();

        Assert.Equal(0, await RunAsync("dump", _folder, "--db", source.Db));
        Assert.Equal(0, await RunAsync("restore", _folder, "--db", target.Db));

        await using var expected = source.OpenDb();
        await using var actual = target.OpenDb();
        Assert.Empty(await ArchiveComparison.DifferencesAsync(expected, actual, 20, default));
        // The comparison is not blind: the busy archive has something in every kind of row it checks.
        foreach (var type in ModelTables.InInsertOrder(expected.Model).Where(t => t.GetTableName() is not ("user_logins" or "user_tokens" or "role_claims")))
            Assert.True(await ModelTables.CountAsync(expected, type, default) > 0, $"{type.GetTableName()} is empty in the test archive");
        // The outbox triggers are there, word for word, and fired for the restored rows.
        var triggers = TestStore.IsPostgres
            ? "SELECT tgname || ':' || pg_get_triggerdef(oid) AS \"Value\" FROM pg_trigger WHERE NOT tgisinternal ORDER BY tgname"
            : "SELECT name || ':' || sql AS Value FROM sqlite_master WHERE type = 'trigger' ORDER BY name";
        Assert.Equal(await expected.Database.SqlQueryRaw<string>(triggers).ToListAsync(), await actual.Database.SqlQueryRaw<string>(triggers).ToListAsync());
        Assert.NotEmpty(await actual.Database.SqlQueryRaw<string>(triggers).ToListAsync());
        // The restored archive searches like the first, withdrawn document left out.
        Assert.Equal(await FoundAsync(expected, "azerbaijan"), await FoundAsync(actual, "azerbaijan"));
        Assert.NotEmpty(await FoundAsync(actual, "azerbaijan"));
    }

    [Fact]
    public async Task Dump_writes_each_original_as_a_file_with_its_exact_bytes_and_a_versioned_manifest()
    {
        await using var source = await BusyArchiveAsync();

        Assert.Equal(0, await RunAsync("dump", _folder, "--db", source.Db));

        await using var db = source.OpenDb();
        var originals = await db.OriginalFiles.IgnoreQueryFilters().ToListAsync();
        Assert.Equal(6, originals.Count);
        foreach (var original in originals)
        {
            var file = Path.Combine(_folder, DumpLayout.BlobsFolder, Convert.ToHexStringLower(SHA256.HashData(original.Content)));
            Assert.Equal(original.Content, await File.ReadAllBytesAsync(file));
        }
        var manifest = await File.ReadAllTextAsync(Path.Combine(_folder, DumpLayout.ManifestFile));
        Assert.Contains("\"format\": \"statements-archive-dump\"", manifest);
        Assert.Contains("\"version\": 1", manifest);
        var documents = await File.ReadAllLinesAsync(Path.Combine(_folder, "tables", "documents.jsonl"));
        Assert.Equal(6, documents.Length);
        Assert.Single(documents, l => l.Contains("\"WithdrawalReason\":\"Duplicate of another statement\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_column_added_to_the_model_later_is_dumped_and_restored_without_a_change_to_the_code()
    {
        await using var source = await TempArchive.CreateAsync();
        await source.ImportSeedsAsync();
        await using var target = await TempArchive.CreateAsync();
        foreach (var archive in new[] { source, target })
        {
            await using var db = archive.OpenDb();
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE documents ADD COLUMN \"ReviewNote\" TEXT");
        }
        await using (var db = source.OpenDb())
            await db.Database.ExecuteSqlRawAsync("UPDATE documents SET \"ReviewNote\" = 'checked by ann ' || \"Id\"");

        await using (var from = new LaterModelDb(source.ConnectionString))
            await new ArchiveDump(from, TimeProvider.System, NullLogger<ArchiveDump>.Instance).WriteAsync(_folder, default);
        await using (var into = new LaterModelDb(target.ConnectionString))
            await new ArchiveRestore(into, Archive.Core.Search.Engine.SearchEngine.ForStore(into), NullLogger<ArchiveRestore>.Instance).ReadAsync(_folder, default);

        await using var expected = new LaterModelDb(source.ConnectionString);
        await using var actual = new LaterModelDb(target.ConnectionString);
        Assert.Empty(await ArchiveComparison.DifferencesAsync(expected, actual, 20, default));
        Assert.Equal(5, await actual.Database.SqlQueryRaw<int>("SELECT CAST(count(*) AS INTEGER) AS \"Value\" FROM documents WHERE \"ReviewNote\" LIKE 'checked by ann %'").SingleAsync());
    }

    /// <summary>The store as a later model might have it: one more column on documents, unknown to the dump code.</summary>
    private sealed class LaterModelDb(string connection) : ArchiveDb(ArchiveDbOptions.For(connection))
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            base.OnModelCreating(modelBuilder);
            modelBuilder.Entity<Document>().Property<string?>("ReviewNote");
        }
    }

    [Fact]
    public async Task Every_table_in_the_database_but_the_search_outbox_is_in_the_model_so_the_dump_carries_it()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();
        // page_counts is derived, not dumped: its triggers count the documents and links again as a restore inserts them.
        var tables = await db.Database.SqlQueryRaw<string>(TestStore.IsPostgres
            ? "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('search_outbox', 'page_counts') AND substr(table_name, 1, 14) <> '__EFMigrations'"
            : "SELECT name AS Value FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('search_outbox', 'page_counts') AND substr(name, 1, 14) <> '__EFMigrations'").ToListAsync();

        var modelled = ModelTables.InInsertOrder(db.Model).Select(t => t.GetTableName()).ToHashSet();

        Assert.DoesNotContain(tables, t => !modelled.Contains(t));
    }

    [Fact]
    public async Task Restore_into_an_archive_that_has_documents_is_refused_and_changes_nothing()
    {
        await using var source = await BusyArchiveAsync();
        Assert.Equal(0, await RunAsync("dump", _folder, "--db", source.Db));
        await using var target = await TempArchive.CreateAsync();
        await target.ImportSeedsAsync();
        var before = await target.CountsAsync();
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(["restore", _folder, "--db", target.Db], new StringWriter(), errors);

        Assert.Equal(1, code);
        Assert.Contains("not empty", errors.ToString());
        Assert.Equal(before, await target.CountsAsync());
    }

    [Fact]
    public async Task Restore_of_a_dump_with_a_damaged_original_is_refused_and_leaves_the_archive_empty()
    {
        await using var source = await BusyArchiveAsync();
        Assert.Equal(0, await RunAsync("dump", _folder, "--db", source.Db));
        var blob = Directory.GetFiles(Path.Combine(_folder, DumpLayout.BlobsFolder))[0];
        await File.AppendAllTextAsync(blob, "!");
        await using var target = await TempArchive.CreateAsync();
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(["restore", _folder, "--db", target.Db], new StringWriter(), errors);

        Assert.Equal(1, code);
        Assert.Contains("damaged", errors.ToString());
        Assert.Equal("documents=0, originals=0, speakers=0, aliases=0, organs=0, agenda=0, symbols=0, resolutions=0", await target.CountsAsync());
    }

    [Fact]
    public async Task Restore_of_a_newer_layout_version_is_refused()
    {
        await using var source = await TempArchive.CreateAsync();
        Assert.Equal(0, await RunAsync("dump", _folder, "--db", source.Db));
        var manifest = Path.Combine(_folder, DumpLayout.ManifestFile);
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"version\": 1", "\"version\": 99"));
        await using var target = await TempArchive.CreateAsync();
        var errors = new StringWriter();

        Assert.Equal(1, await CommandLine.RunAsync(["restore", _folder, "--db", target.Db], new StringWriter(), errors));
        Assert.Contains("version 99", errors.ToString());
    }

    [Fact]
    public async Task Dump_into_a_folder_that_holds_files_is_refused()
    {
        await using var source = await TempArchive.CreateAsync();
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, "notes.txt"), "keep me");
        var errors = new StringWriter();

        Assert.Equal(1, await CommandLine.RunAsync(["dump", _folder, "--db", source.Db], new StringWriter(), errors));
        Assert.Contains("not empty", errors.ToString());
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(_folder, "notes.txt")));
    }

    [Theory]
    [InlineData("dump")]
    [InlineData("restore")]
    [InlineData("dump", "a", "b")]
    [InlineData("restore", "a", "--fast")]
    [InlineData("dump", "a", "--db")]
    public async Task Transfer_commands_with_bad_arguments_print_usage_and_exit_2(params string[] args)
    {
        var errors = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(args, new StringWriter(), errors));
        Assert.Contains("archive dump <folder>", errors.ToString());
    }

    [Fact]
    public async Task Restore_from_a_folder_that_is_no_dump_exits_2_before_opening_the_database()
    {
        var database = Path.Combine(Path.GetDirectoryName(_folder)!, "never.db");
        Directory.CreateDirectory(_folder);
        var errors = new StringWriter();

        Assert.Equal(2, await CommandLine.RunAsync(["restore", _folder, "--db", database], new StringWriter(), errors));
        Assert.Contains("not an archive dump", errors.ToString());
        Assert.False(File.Exists(database));
    }

    internal static async Task<List<string>> FoundAsync(Archive.Core.Data.ArchiveDb db, string query)
    {
        var result = await Archive.Core.Tests.Search.SeedArchive.Service(db).SearchAsync(new Archive.Core.Search.SearchRequest(query, PageSize: 100), default);
        return result.Hits.Select(h => h.Slug).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<int> RunAsync(params string[] args)
    {
        var errors = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringWriter(), errors);
        Assert.True(code == 0, errors.ToString());
        return code;
    }

    /// <summary>Seeds plus one of everything an archive accumulates: an edit, a withdrawal, a merge, users, keys, the audit log.</summary>
    internal static async Task<TempArchive> BusyArchiveAsync(bool onSqlite = false)
    {
        var archive = onSqlite ? await TempArchive.CreateOnSqliteAsync() : await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await archive.ImportAsync("extra.txt", System.Text.Encoding.UTF8.GetBytes(
            "Statement by Ms. Élise Dupont, Permanent Representative of France, at the Security Council, 5 March 2021.\n\nFrance welcomes the report and supports the mission in Azerbaijan and its mandate."));
        await using var db = archive.OpenDb();
        var audit = new AuditLog(db, TimeProvider.System, NullLogger<AuditLog>.Instance);
        var editor = new DocumentEditor(db, new SpeakerDirectory(db), audit, TimeProvider.System, NullLogger<DocumentEditor>.Instance);
        var documents = await db.Documents.OrderBy(d => d.Id).Select(d => new { d.Key, d.Version }).ToListAsync();
        var proposed = DocumentSnapshot.Of((await editor.FindAsync(documents[0].Key, default))!) with { Title = "Corrected title, with “quotes” and ə" };
        Assert.Equal(EditStatus.Saved, (await editor.SaveAsync(documents[0].Key, documents[0].Version, proposed, "typo", "ann@example.org", default)).Status);
        Assert.Equal(EditStatus.Saved, (await editor.WithdrawAsync(documents[1].Key, "Duplicate of another statement", "ann@example.org", default)).Status);
        var speakers = await db.Speakers.OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToListAsync();
        var merger = new SpeakerMerger(db, new SpeakerDirectory(db), audit, TimeProvider.System, NullLogger<SpeakerMerger>.Instance);
        Assert.True((await merger.MergeAsync(speakers[0], speakers[1], "ann@example.org", default)).Succeeded);
        db.Roles.Add(new IdentityRole(Roles.Archivist) { NormalizedName = Roles.Archivist.ToUpperInvariant() });
        await db.SaveChangesAsync();
        var user = new IdentityUser("ann@example.org") { Email = "ann@example.org", PasswordHash = "hash", LockoutEnd = DateTimeOffset.UtcNow.AddHours(3) };
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = (await db.Roles.FirstAsync()).Id });
        db.UserClaims.Add(new IdentityUserClaim<string> { UserId = user.Id, ClaimType = "must-change", ClaimValue = "1" });
        db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" });
        await db.SaveChangesAsync();
        return archive;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true);
        }
        catch (IOException)
        {
            // Only a stray temp folder is left behind.
        }
    }
}
