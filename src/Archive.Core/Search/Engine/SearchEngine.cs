using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Archive.Core.Data;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Archive.Core.Search.Engine;

/// <summary>
/// The full-text index of one store: a Lucene index in a folder of its own, derived from the store and rebuilt from it at
/// will. Every change that affects search leaves a row in <c>search_outbox</c> in the change's own transaction; the index
/// applies those rows in order and records, in each commit, the last row it applied. So after a crash or a kill it carries
/// on from its last commit, several processes can share the folder (whoever holds Lucene's write lock applies, the others
/// reopen), and several web instances on one store each keep their own index in step. One engine per folder lives as long
/// as its process (no container disposes it: hosts and commands in one process share it); <see cref="Close"/> ends it.
/// </summary>
public sealed class SearchEngine
{
    private const string PositionKey = "outbox";
    private const string StampKey = "outbox-at";
    private const int OutboxBatch = 2000;

    // Rows read (and committed) at once by a catch-up: one bulk-import batch writes its documents' rows table by table, so
    // smaller reads split each document's rows and index it twice.
    private const int CatchUpRows = 50_000;
    private const int LoadBatch = 250;
    private const int SmallStore = 5000;

    private static readonly ConcurrentDictionary<string, SearchEngine> Open = new(StringComparer.Ordinal);
    public static Similarity Ranking { get; } = new BM25Similarity();

    private readonly object _opening = new();
    private LuceneDirectory _directory = null!;
    private SearcherManager _searchers = null!;
    private volatile bool _open;
    private readonly SemaphoreSlim _writing = new(1, 1);
    private ILogger _logger = NullLogger.Instance;

    private SearchEngine(string path)
    {
        Path = path;
        try
        {
            OpenIndex();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No room (or no right) to create the index folder or its first commit: the engine is made all the same, and
            // every use tries to open the index again (EnsureOpen), so search answers why it cannot, and works once space is freed.
            Unavailable = SearchIndexUnavailableException.Reason(ex);
        }
    }

    private void OpenIndex()
    {
        System.IO.Directory.CreateDirectory(Path);
        var directory = FSDirectory.Open(Path);
        try
        {
            _directory = directory;
            try
            {
                if (!DirectoryReader.IndexExists(_directory))
                    CreateEmpty();
                _searchers = new SearcherManager(_directory, new RankingSearcherFactory());
            }
            catch (Exception ex) when (ex is IndexFormatTooOldException or IndexFormatTooNewException || (ex is IOException && !SearchIndexUnavailableException.IsStorageFull(ex)))
            {
                // The index is derived data: a damaged one is emptied and built again from the store.
                foreach (var file in _directory.ListAll())
                    _directory.DeleteFile(file);
                CreateEmpty();
                _searchers = new SearcherManager(_directory, new RankingSearcherFactory());
                Damaged = ex.Message;
            }
        }
        catch
        {
            directory.Dispose();
            throw;
        }
        _open = true;
    }

    /// <summary>
    /// Opens the index when it could not be at first (the storage was full); throws <see cref="SearchIndexUnavailableException"/>
    /// while it still cannot.
    /// </summary>
    private void EnsureOpen()
    {
        if (_open)
            return;
        lock (_opening)
        {
            if (_open)
                return;
            try
            {
                OpenIndex();
                Unavailable = null;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Unavailable = SearchIndexUnavailableException.Reason(ex);
                throw new SearchIndexUnavailableException(Path, ex);
            }
        }
    }

    /// <summary>Why the index found at start could not be read, when it could not (it was emptied, to be rebuilt).</summary>
    public string? Damaged { get; private set; }

    /// <summary>Why the index cannot be opened or created just now (the storage is full, say); null once it is open.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The index folder.</summary>
    public string Path { get; }

    /// <summary>The engine of the index at <paramref name="path"/>: one per folder in a process, opened on first use.</summary>
    public static SearchEngine For(string path, ILogger? logger = null)
    {
        var engine = Open.GetOrAdd(System.IO.Path.GetFullPath(path), p => new SearchEngine(p));
        if (logger is not null)
            engine._logger = logger;
        return engine;
    }

    /// <summary>
    /// The index folder of a store: <c>Archive:SearchIndexPath</c> when set, else beside the SQLite file, or for PostgreSQL
    /// in the machine's application data under the server and database name (each machine keeps its own index; any
    /// index is rebuilt from the store when missing).
    /// </summary>
    public static string PathFor(string connectionString, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        if (ArchiveDbOptions.IsPostgres(connectionString))
        {
            var server = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            var name = string.Concat($"{server.Host}-{server.Port}-{server.Database}".Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
            return System.IO.Path.Combine(string.IsNullOrEmpty(data) ? System.IO.Path.GetTempPath() : data, "statements-archive", "search", name);
        }
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:")
            return System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archive-search-" + Guid.NewGuid().ToString("N"));
        return source + ".search";
    }

    /// <summary>The engine of the store <paramref name="db"/> opens, with its index in the default place.</summary>
    public static SearchEngine ForStore(ArchiveDb db) => For(PathFor(db.Database.GetConnectionString()!, null));

    /// <summary>Closes the engine of <paramref name="path"/>, if open (a test deleting its archive).</summary>
    public static void Close(string path)
    {
        if (Open.TryRemove(System.IO.Path.GetFullPath(path), out var engine))
            engine.Shutdown();
    }

    /// <summary>The last outbox row the searchable index has applied; -1 before the index was first built.</summary>
    public long Position
    {
        get
        {
            EnsureOpen();
            var searcher = _searchers.Acquire();
            try
            {
                // A commit that only moves the position (the changes were drafts, say) changes no segment, so readers are not
                // reopened for it: the position this engine last committed or read under the write lock counts too.
                return Math.Max(PositionOf(((DirectoryReader)searcher.IndexReader).IndexCommit.UserData), Interlocked.Read(ref _committed));
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    private long _committed = -1;

    /// <summary>A searcher over the latest commit; give it back with <see cref="Release"/>.</summary>
    public IndexSearcher Acquire()
    {
        EnsureOpen();
        return _searchers.Acquire();
    }

    public void Release(IndexSearcher searcher) => _searchers.Release(searcher);

    /// <summary>How many documents the searchable index holds.</summary>
    public int Count
    {
        get
        {
            EnsureOpen();
            var searcher = _searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                _searchers.Release(searcher);
            }
        }
    }

    /// <summary>The newest outbox row, 0 when there is none.</summary>
    public static async Task<long> NewestChangeAsync(ArchiveDb db, CancellationToken ct) =>
        await db.SearchOutbox.MaxAsync(e => (long?)e.Id, ct) ?? 0;

    /// <summary>
    /// Before a search: when the index is a little behind the store, apply what it lacks now (or wait briefly for the
    /// process that is applying it), so a change is found by the very next search. Far behind (a bulk import), the search
    /// reads the index as it is and the background indexer catches up.
    /// </summary>
    public async Task RefreshAsync(ArchiveDb db, CancellationToken ct)
    {
        var newest = await NewestChangeAsync(db, ct);
        var position = Position;
        if (newest == position)
            return;
        if (position < 0)
        {
            // Never built: a small store is indexed now, a large one by the background indexer.
            if (await db.Documents.IgnoreQueryFilters().CountAsync(ct) <= SmallStore)
                await CatchUpAsync(db, ct);
            else
                _searchers.MaybeRefresh();
            return;
        }
        if (newest - position > 5 * OutboxBatch || (newest < position && await db.Documents.IgnoreQueryFilters().CountAsync(ct) > SmallStore))
        {
            _searchers.MaybeRefresh();
            return;
        }
        var applied = await CatchUpAsync(db, ct, maxBatches: 5);
        if (applied < 0)
        {
            // Another process holds the write lock and is applying the same rows: reopen until they show.
            for (var i = 0; i < 50 && Position < newest; i++)
            {
                await Task.Delay(20, ct);
                _searchers.MaybeRefresh();
            }
        }
    }

    /// <summary>
    /// Applies the outbox rows the index lacks, in order, committing the position with each batch; builds the index from
    /// scratch when it was never built or rows it needed were pruned. Returns the documents re-indexed, or -1 when another
    /// process holds the index's write lock.
    /// </summary>
    public async Task<int> CatchUpAsync(ArchiveDb store, CancellationToken ct, int maxBatches = int.MaxValue)
    {
        EnsureOpen();
        await _writing.WaitAsync(ct);
        try
        {
            await using var separate = Committed(store);
            var db = separate ?? store;
            using var writer = TryOpenWriter();
            if (writer is null)
                return -1;
            var (position, stamp) = CommittedPosition();
            Interlocked.Exchange(ref _committed, position);
            if (position < 0 || !await SameHistoryAsync(db, position, stamp, ct))
            {
                var rebuilt = await RebuildWithAsync(writer, db, ct);
                _searchers.MaybeRefreshBlocking();
                return rebuilt;
            }
            var total = 0;
            for (var batch = 0; batch < maxBatches; batch++)
            {
                var from = position;
                var rows = await db.SearchOutbox.AsNoTracking().Where(e => e.Id > from).OrderBy(e => e.Id).Take(CatchUpRows)
                    .Select(e => new { e.Id, e.DocumentId, e.At }).ToListAsync(ct);
                if (rows.Count == 0)
                    break;
                var ids = rows.Select(r => r.DocumentId).Distinct().ToList();
                // Documents are read on this thread and analysed on every core, a batch loading while the last is indexed.
                Task indexing = Task.CompletedTask;
                foreach (var chunk in ids.Chunk(LoadBatch))
                {
                    var found = await IndexSource.LoadAsync(db, chunk, ct);
                    db.ChangeTracker.Clear();
                    await indexing;
                    var present = found.Select(d => d.Id).ToHashSet();
                    foreach (var id in chunk.Where(id => !present.Contains(id)))
                        writer.DeleteDocuments(new Term(SearchFields.Key, id.ToString(CultureInfo.InvariantCulture)));
                    indexing = Task.Run(() => Parallel.ForEach(found, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                        document => writer.UpdateDocument(new Term(SearchFields.Key, document.Id.ToString(CultureInfo.InvariantCulture)), document.ToLucene())), ct);
                }
                await indexing;
                position = rows[^1].Id;
                Commit(writer, position, rows[^1].At);
                total += ids.Count;
            }
            if (total > 0)
            {
                _searchers.MaybeRefreshBlocking();
                _logger.LogInformation("Search index applied changes to {DocumentCount} documents, up to outbox row {Position}", total, position);
            }
            return total;
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>Empties the index and builds it again from every public document, on all cores; returns the documents indexed.</summary>
    public async Task<int> RebuildAsync(ArchiveDb db, CancellationToken ct)
    {
        EnsureOpen();
        await _writing.WaitAsync(ct);
        try
        {
            IndexWriter? writer = null;
            for (var attempt = 0; writer is null; attempt++)
            {
                writer = TryOpenWriter();
                if (writer is null)
                {
                    if (attempt >= 100)
                        throw new InvalidOperationException($"The search index at {Path} is being written by another process; try again when it is done.");
                    await Task.Delay(100, ct);
                }
            }
            using (writer)
            {
                await using var separate = Committed(db);
                var count = await RebuildWithAsync(writer, separate ?? db, ct);
                _searchers.MaybeRefreshBlocking();
                return count;
            }
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task<int> RebuildWithAsync(IndexWriter writer, ArchiveDb db, CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        // Rows up to here are in the documents read below; later ones are applied again afterwards, which is harmless.
        var newest = await db.SearchOutbox.AsNoTracking().OrderByDescending(e => e.Id).Select(e => new { e.Id, e.At }).FirstOrDefaultAsync(ct);
        writer.DeleteAll();
        var batches = Channel.CreateBounded<List<IndexedDocument>>(4);
        var count = 0;
        var indexing = Task.Run(async () =>
        {
            await Parallel.ForEachAsync(batches.Reader.ReadAllAsync(ct), new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                (batch, _) =>
                {
                    foreach (var document in batch)
                        writer.AddDocument(document.ToLucene());
                    Interlocked.Add(ref count, batch.Count);
                    return ValueTask.CompletedTask;
                });
        }, ct);
        try
        {
            var after = 0;
            while (true)
            {
                var from = after;
                var ids = await db.Documents.IgnoreQueryFilters().AsNoTracking().Where(d => d.Id > from).OrderBy(d => d.Id)
                    .Select(d => d.Id).Take(LoadBatch).ToListAsync(ct);
                if (ids.Count == 0)
                    break;
                var documents = await IndexSource.LoadAsync(db, ids, ct);
                db.ChangeTracker.Clear();
                await batches.Writer.WriteAsync(documents, ct);
                after = ids[^1];
            }
        }
        finally
        {
            batches.Writer.TryComplete();
        }
        await indexing;
        Commit(writer, newest?.Id ?? 0, newest?.At);
        _logger.LogInformation("Rebuilt the search index with {DocumentCount} documents in {ElapsedMs} ms", count, started.ElapsedMilliseconds);
        return count;
    }

    /// <summary>
    /// Deletes outbox rows older than <paramref name="age"/> that this index has applied, keeping the row it stands at, by
    /// which an index knows its store (and the stamp of the page cache never goes back). An index that was away longer finds
    /// its rows gone and rebuilds itself.
    /// </summary>
    public async Task<int> PruneAsync(ArchiveDb db, TimeSpan age, CancellationToken ct)
    {
        var position = Position;
        var before = DateTime.UtcNow - age;
        return await db.SearchOutbox.Where(e => e.Id < position && e.At < before).ExecuteDeleteAsync(ct);
    }

    /// <summary>
    /// A context of its own when <paramref name="db"/> is inside a transaction: the index takes only committed changes, since
    /// a rolled-back outbox row's id is handed out again.
    /// </summary>
    private static ArchiveDb? Committed(ArchiveDb db)
    {
        if (db.Database.CurrentTransaction is null)
            return null;
        var options = new DbContextOptionsBuilder<ArchiveDb>();
        ArchiveDbOptions.Configure(options, db.Database.GetConnectionString()!);
        return new ArchiveDb(options.Options);
    }

    private IndexWriter? TryOpenWriter()
    {
        var config = new IndexWriterConfig(ArchiveAnalyzer.Version, ArchiveAnalyzer.PerField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = Ranking,
            RAMBufferSizeMB = 64,
            WriteLockTimeout = 0,
        };
        try
        {
            return new IndexWriter(_directory, config);
        }
        catch (LockObtainFailedException)
        {
            return null;
        }
    }

    private (long Position, string? Stamp) CommittedPosition()
    {
        var data = DirectoryReader.ListCommits(_directory)[^1].UserData;
        return (PositionOf(data), data.TryGetValue(StampKey, out var stamp) ? stamp : null);
    }

    /// <summary>
    /// False when the store is not the one the index was built from as far as it read: its outbox row at the index's
    /// position is missing or has another time (a restored backup, a re-created outbox), or rows the index has not
    /// applied were pruned. The index is then built again.
    /// </summary>
    private static async Task<bool> SameHistoryAsync(ArchiveDb db, long position, string? stamp, CancellationToken ct)
    {
        if (position == 0)
            return await db.SearchOutbox.MinAsync(e => (long?)e.Id, ct) is null or 1;
        var row = await db.SearchOutbox.AsNoTracking().Where(e => e.Id == position).Select(e => (DateTime?)e.At).FirstOrDefaultAsync(ct);
        if (row is { } at)
            return stamp is null || Stamp(at) == stamp;
        // Pruned by this or another instance after it was applied: fine when no later row is missing.
        var next = await db.SearchOutbox.Where(e => e.Id > position).MinAsync(e => (long?)e.Id, ct);
        var newest = await NewestChangeAsync(db, ct);
        return newest >= position && (next is null || next == position + 1 || await db.SearchOutbox.MinAsync(e => e.Id, ct) <= position);
    }

    private static string Stamp(DateTime at) => at.ToString("O", CultureInfo.InvariantCulture);

    private static long PositionOf(IDictionary<string, string> data) =>
        data.TryGetValue(PositionKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var position) ? position : -1;

    private void Commit(IndexWriter writer, long position, DateTime? at = null)
    {
        CommitData(writer, position, at);
        Interlocked.Exchange(ref _committed, position);
    }

    private static void CommitData(IndexWriter writer, long position, DateTime? at)
    {
        var data = new Dictionary<string, string> { [PositionKey] = position.ToString(CultureInfo.InvariantCulture) };
        if (at is { } time)
            data[StampKey] = Stamp(time);
        writer.SetCommitData(data);
        writer.Commit();
    }

    private void CreateEmpty()
    {
        var writer = TryOpenWriter() ?? throw new InvalidOperationException($"The search index at {Path} is locked by another process.");
        try
        {
            Commit(writer, -1);
            writer.Dispose();
        }
        catch
        {
            // A commit that did not fit (a full disk) must not keep the write lock: the next try takes it again.
            writer.Rollback();
            throw;
        }
    }

    private void Shutdown()
    {
        if (_open)
        {
            _searchers.Dispose();
            _directory.Dispose();
        }
        _writing.Dispose();
    }

    private sealed class RankingSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new SegmentSearcher(reader) { Similarity = Ranking };
    }
}
