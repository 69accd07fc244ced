using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Support;

/// <summary>
/// A real archive, migrated like production, deleted afterwards: a temporary SQLite file, or a PostgreSQL database in the
/// suite's PostgreSQL pass (<see cref="TestStore"/>).
/// </summary>
public sealed class TempArchive : IAsyncDisposable
{
    private readonly string _folder;

    private TempArchive(string folder, string connectionString) => (_folder, ConnectionString) = (folder, connectionString);

    /// <summary>The SQLite file (tests of the file itself run on SQLite only).</summary>
    public string DatabasePath => Path.Combine(_folder, "archive.db");
    public string ConnectionString { get; }

    /// <summary>What the command line's --db takes for this archive: the file, or the PostgreSQL connection string.</summary>
    public string Db => ArchiveDbOptions.IsPostgres(ConnectionString) ? ConnectionString : DatabasePath;
    public string SearchIndexPath => Archive.Core.Search.Engine.SearchEngine.PathFor(ConnectionString, null);
    public ArchiveOptions Options { get; } = new();

    public static Task<TempArchive> CreateAsync() => CreateAsync(onSqlite: false);

    /// <summary>An archive in an SQLite file whichever store the suite runs on (a test that moves an archive from one store to another).</summary>
    public static Task<TempArchive> CreateOnSqliteAsync() => CreateAsync(onSqlite: true);

    private static async Task<TempArchive> CreateAsync(bool onSqlite)
    {
        var folder = Directory.CreateTempSubdirectory("archive-test-").FullName;
        var archive = new TempArchive(folder, onSqlite ? $"Data Source={Path.Combine(folder, "archive.db")}" : await TestStore.CreateAsync(folder));
        await using var db = archive.OpenDb();
        await db.Database.MigrateAsync();
        return archive;
    }

    public ArchiveDb OpenDb(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<ArchiveDb>();
        ArchiveDbOptions.Configure(builder, ConnectionString);
        if (interceptors.Length > 0)
            builder.AddInterceptors(interceptors);
        return new ArchiveDb(builder.Options);
    }

    public DocumentLoader Loader(ArchiveDb db) =>
        new(db, Microsoft.Extensions.Options.Options.Create(Options), TimeProvider.System, NullLogger<DocumentLoader>.Instance);

    public FolderImporter Importer(ArchiveDb db) =>
        new(Loader(db), Microsoft.Extensions.Options.Options.Create(Options), NullLogger<FolderImporter>.Instance);

    public async Task<ImportResult> ImportAsync(string fileName, byte[] content)
    {
        await using var db = OpenDb();
        return await Loader(db).ImportAsync(content, fileName, "test", CancellationToken.None);
    }

    public async Task<IReadOnlyList<ImportResult>> ImportSeedsAsync()
    {
        await using var db = OpenDb();
        return await Importer(db).ImportAsync(Repository.Seeds, "test", null, CancellationToken.None);
    }

    /// <summary>Row counts of every table the importer writes, withdrawn rows included, to prove a refusal changed nothing.</summary>
    public async Task<string> CountsAsync()
    {
        await using var db = OpenDb();
        return string.Join(", ",
            $"documents={await db.Documents.IgnoreQueryFilters().CountAsync()}",
            $"originals={await db.OriginalFiles.IgnoreQueryFilters().CountAsync()}",
            $"speakers={await db.Speakers.CountAsync()}",
            $"aliases={await db.SpeakerAliases.CountAsync()}",
            $"organs={await db.Organs.CountAsync()}",
            $"agenda={await db.AgendaItems.CountAsync()}",
            $"symbols={await db.CitedSymbols.IgnoreQueryFilters().CountAsync()}",
            $"resolutions={await db.CitedResolutions.IgnoreQueryFilters().CountAsync()}");
    }

    public async ValueTask DisposeAsync()
    {
        Archive.Core.Search.Engine.SearchEngine.Close(SearchIndexPath);
        await TestStore.DropAsync(ConnectionString);
        foreach (var folder in new[] { _folder, SearchIndexPath })
        {
            try
            {
                if (Directory.Exists(folder))
                    Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a stray temp folder behind.
            }
        }
    }
}
