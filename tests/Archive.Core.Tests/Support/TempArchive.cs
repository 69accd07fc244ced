using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Core.Tests.Support;

/// <summary>A real SQLite archive in a temporary file, migrated like production, deleted afterwards.</summary>
public sealed class TempArchive : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive-test-").FullName;

    private TempArchive() => ConnectionString = ArchiveDbOptions.ForFile(DatabasePath);

    public string DatabasePath => Path.Combine(_folder, "archive.db");
    public string ConnectionString { get; }
    public ArchiveOptions Options { get; } = new();

    public static async Task<TempArchive> CreateAsync()
    {
        var archive = new TempArchive();
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

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Archive.Core.Search.Engine.SearchEngine.Close(DatabasePath + ".search");
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a stray temp folder behind.
        }
        return ValueTask.CompletedTask;
    }
}
