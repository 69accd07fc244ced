using System.Diagnostics;
using System.Globalization;
using System.Text;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Benchmarks;

/// <summary>
/// `synthetic UNGDC-FOLDER --db FILE [--documents N] [--seed S] [--speakers CSV] [--report FILE.md]`: a fresh archive of N
/// documents (default 1,000,000) whose bodies are 1 to 8 real UNGDC paragraphs drawn at random (seeded, so the same
/// arguments build the same archive), with the metadata of <see cref="SearchBenchmark"/>: kinds mixed as there, a date in
/// the year of the statement a document borrows its country, session and speaker from, the General Assembly (or, for a
/// third of the rights of reply and half the letters, the Security Council) and for statements agenda item 8 of the session.
/// Rows go in as raw prepared inserts (columns from the EF model), 10,000 documents per transaction, with the search index
/// built once at the end (<see cref="BuildSearchIndexAsync"/>).
/// </summary>
internal static class SyntheticArchive
{
    private const int Batch = 10_000;
    private const int MaxParagraphs = 8;

    /// <summary>Long corpus "paragraphs" (some are whole speeches) are cut at sentence ends to about this many characters.</summary>
    private const int ParagraphCut = 700;

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length < 2 || !Directory.Exists(args[1]) || SearchBenchmark.Option(args, "--db") is not { } file)
        {
            await output.WriteLineAsync("Usage: Archive.Benchmarks synthetic <UNGDC folder> --db FILE [--documents N] [--seed S] [--speakers CSV] [--report FILE.md]");
            return 2;
        }
        var documents = SearchBenchmark.IntOption(args, "--documents") ?? 1_000_000;
        var seed = SearchBenchmark.IntOption(args, "--seed") ?? 20261204;
        var speakersCsv = SearchBenchmark.Option(args, "--speakers") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "speakers_by_session.csv");
        var report = SearchBenchmark.Option(args, "--report");

        foreach (var stale in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(stale);
        var corpus = SearchBenchmark.Corpus.Load(args[1], File.Exists(speakersCsv) ? speakersCsv : null);
        var paragraphs = Cut(corpus.Paragraphs);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"synthetic: {documents:N0} documents from {corpus.Statements.Count:N0} statements, {paragraphs.Count:N0} paragraphs (seed {seed})"));

        var total = Stopwatch.StartNew();
        await using var services = BenchServices.For(file);
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
            await db.Database.MigrateAsync();
        }
        var ids = await SearchBenchmark.SetUpAsync(ArchiveDbOptions.ForFile(file), corpus);

        var load = Stopwatch.StartNew();
        var deferred = await PrepareBulkLoadAsync(services);
        var bodies = await InsertAsync(services, file, corpus, paragraphs, ids, new Random(seed), documents, output);
        load.Stop();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"stored {documents:N0} documents in {load.Elapsed.TotalSeconds:0.0} s ({documents / load.Elapsed.TotalSeconds:0} documents/s)"));

        var index = Stopwatch.StartNew();
        var indexed = await BuildSearchIndexAsync(services, deferred);
        index.Stop();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"search index: {indexed:N0} documents in {index.Elapsed.TotalSeconds:0.0} s ({indexed / index.Elapsed.TotalSeconds:0} documents/s)"));

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        total.Stop();
        var size = StoreSize(file);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"store {size / 1e9:0.00} GB; {total.Elapsed.TotalSeconds:0} s in all"));

        if (report is not null)
        {
            bodies.Sort();
            var sum = bodies.Sum(b => (long)b);
            var lines = new[]
            {
                string.Create(CultureInfo.InvariantCulture, $"Synthetic archive: {documents:N0} documents (seed {seed}), each body 1 to {MaxParagraphs} paragraphs (uniform) drawn from the {paragraphs.Count:N0} paragraphs of the UNGDC statements (paragraphs over {ParagraphCut * 3 / 2:N0} characters cut at sentence ends into pieces of at most {ParagraphCut:N0}), metadata as in `search`: kinds 70 % statements, 10 % letters, 10 % rights of reply, 5 % notes verbales, 5 % news reports; speakers, countries, sessions and years of the corpus's statements; organs and agenda item 8 of the session."),
                "",
                "| step | result |",
                "|---|---|",
                string.Create(CultureInfo.InvariantCulture, $"| body size, characters | median {Pick(bodies, 0.5):N0}, mean {sum / (double)bodies.Count:N0}, p5 {Pick(bodies, 0.05):N0}, p95 {Pick(bodies, 0.95):N0}, max {bodies[^1]:N0}; {sum / 1e9:0.00} G characters in all |"),
                string.Create(CultureInfo.InvariantCulture, $"| store the documents (raw prepared inserts, {Batch:N0} per transaction, search index deferred) | {load.Elapsed.TotalSeconds:0.0} s, {documents / load.Elapsed.TotalSeconds:N0} documents/s |"),
                string.Create(CultureInfo.InvariantCulture, $"| build the search index once (`BuildSearchIndexAsync`) | {index.Elapsed.TotalSeconds:0.0} s, {indexed / index.Elapsed.TotalSeconds:N0} documents/s |"),
                string.Create(CultureInfo.InvariantCulture, $"| store on disk | {size / 1e9:0.00} GB |"),
                string.Create(CultureInfo.InvariantCulture, $"| whole step (corpus read, migrations, load, index, checkpoint) | {total.Elapsed.TotalSeconds:0} s |"),
            };
            await File.WriteAllLinesAsync(report, lines);
        }
        return 0;
    }

    // ---- The search index: the one place to switch when the engine changes. ----------------------------------------------

    /// <summary>
    /// Before the load: nothing to do. The outbox triggers stay on (they only add a row per change), and the index is built
    /// once after the load, which covers every row they wrote.
    /// </summary>
    private static Task<int> PrepareBulkLoadAsync(ServiceProvider services) => Task.FromResult(0);

    /// <summary>After the load: builds the Lucene index over every stored document, once, on all cores.</summary>
    private static async Task<int> BuildSearchIndexAsync(ServiceProvider services, int deferred)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(2));
        return await scope.ServiceProvider.GetRequiredService<Archive.Core.Search.Engine.SearchEngine>().RebuildAsync(db, CancellationToken.None);
    }

    // ------------------------------------------------------------------------------------------------------------------------

    private static async Task<List<int>> InsertAsync(ServiceProvider services, string file, SearchBenchmark.Corpus corpus, List<string> paragraphs,
        SearchBenchmark.Ids ids, Random random, int count, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        await using var connection = new SqliteConnection(ArchiveDbOptions.ForFile(file));
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            // A benchmark archive that a crash would simply rebuild: no fsync per transaction; 256 MB of page cache for the indexes.
            pragma.CommandText = "PRAGMA synchronous = OFF; PRAGMA cache_size = -262144";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var maxId = connection.CreateCommand();
        maxId.CommandText = "SELECT coalesce(max(Id), 0) FROM documents";
        var nextId = Convert.ToInt32(await maxId.ExecuteScalarAsync(), CultureInfo.InvariantCulture) + 1;

        using var documents = new RowInserter<Document>(db, connection, withKey: true);
        using var organs = new RowInserter<DocumentOrgan>(db, connection, withKey: false);
        using var speakers = new RowInserter<DocumentSpeaker>(db, connection, withKey: false);
        using var agenda = new RowInserter<DocumentAgendaItem>(db, connection, withKey: false);
        var bodies = new List<int>(count);
        var importedAt = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);
        var watch = Stopwatch.StartNew();
        var body = new StringBuilder(MaxParagraphs * ParagraphCut * 2);
        for (var start = 0; start < count; start += Batch)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            documents.Transaction = organs.Transaction = speakers.Transaction = agenda.Transaction = transaction;
            for (var n = start; n < Math.Min(count, start + Batch); n++)
            {
                var statement = corpus.Statements[random.Next(corpus.Statements.Count)];
                body.Clear();
                for (var p = random.Next(1, MaxParagraphs + 1); p > 0; p--)
                    body.Append(paragraphs[random.Next(paragraphs.Count)]).Append(p > 1 ? "\n\n" : "\n");
                var kind = SearchBenchmark.SyntheticKinds[random.Next(SearchBenchmark.SyntheticKinds.Length)];
                // Statements are delivered in the debate's weeks; letters and the rest come at any time of that year.
                var date = kind == DocumentKind.Statement
                    ? new DateOnly(statement.Year, 9, 15).AddDays(random.Next(21))
                    : new DateOnly(statement.Year, 1, 1).AddDays(random.Next(365));
                // A 48-bit permutation of the row number: unique, and spread like the hash prefixes of real keys.
                var key = ((ulong)(n + 1) * 0x9E3779B97F4BUL & 0xFFFF_FFFF_FFFFUL).ToString("x12", CultureInfo.InvariantCulture);
                var who = statement.Speaker ?? statement.Country;
                var id = nextId++;
                documents.Insert(new Document
                {
                    Id = id,
                    Key = key,
                    Slug = $"{date:yyyy-MM-dd}-{kind.ToString().ToLowerInvariant()}-{key}",
                    Kind = kind,
                    Title = $"{DocumentKinds.Label(kind)} by {who} at the general debate of the General Assembly's session {statement.Session}",
                    Date = date,
                    DeliveredOn = kind is DocumentKind.Statement or DocumentKind.RightOfReply ? date : null,
                    WrittenOn = kind is DocumentKind.Letter or DocumentKind.NoteVerbale ? date : null,
                    PublishedOn = kind == DocumentKind.NewsReport ? date : null,
                    Event = kind is DocumentKind.Statement or DocumentKind.RightOfReply ? "General debate" : null,
                    Country = statement.Country,
                    Language = "English",
                    Body = body.ToString(),
                    ImportedAt = importedAt,
                    ImportedVia = "benchmark",
                });
                bodies.Add(body.Length);
                var council = (kind == DocumentKind.RightOfReply && random.Next(3) == 0) || (kind == DocumentKind.Letter && random.Next(2) == 0);
                organs.Insert(new DocumentOrgan { DocumentId = id, OrganId = council ? ids.Council : ids.Assembly, Session = council ? statement.Year : statement.Session });
                if (kind == DocumentKind.Statement && ids.Agenda.TryGetValue(statement.Session, out var item))
                    agenda.Insert(new DocumentAgendaItem { DocumentId = id, AgendaItemId = item });
                if (statement.Speaker is { } name)
                    speakers.Insert(new DocumentSpeaker { DocumentId = id, SpeakerId = ids.Speakers[name], SpellingUsed = name, Role = statement.Post });
            }
            await transaction.CommitAsync();
            if ((start / Batch) % 10 == 9 || start + Batch >= count)
            {
                var done = Math.Min(count, start + Batch);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {done:N0} documents, {watch.Elapsed.TotalSeconds:0} s, {done / watch.Elapsed.TotalSeconds:0} documents/s"));
            }
        }
        return bodies;
    }

    /// <summary>The corpus's paragraphs, those over <see cref="ParagraphCut"/> characters cut after the sentence end nearest it.</summary>
    private static List<string> Cut(IEnumerable<string> paragraphs)
    {
        var pieces = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var rest = paragraph.AsSpan();
            while (rest.Length > ParagraphCut * 3 / 2)
            {
                var end = rest[..ParagraphCut].LastIndexOf(". ");
                if (end < ParagraphCut / 4)
                    end = rest[..ParagraphCut].LastIndexOf(' ');
                if (end <= 0)
                    end = ParagraphCut - 1;
                pieces.Add(rest[..(end + 1)].Trim().ToString());
                rest = rest[(end + 1)..];
            }
            if (rest.Trim().Length > 80)
                pieces.Add(rest.Trim().ToString());
        }
        return pieces;
    }

    internal static long StoreSize(string file) =>
        new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    private static int Pick(List<int> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
