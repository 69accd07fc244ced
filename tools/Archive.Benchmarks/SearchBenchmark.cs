using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Benchmarks;

/// <summary>
/// `search FOLDER [--documents N] [--runs R] [--speakers CSV]`: builds an archive of N documents (default 100,000) in a fresh
/// temporary SQLite file, then times <see cref="SearchService.SearchAsync"/> (parse, FTS5 match, filters, page of snippets,
/// facets over all hits) for 20 fixed queries. The first documents are the UNGDC statements as they are; the rest are
/// made from the corpus's own paragraphs, each drawn at random (seeded) from any statement, with a speaker, country and year
/// of the corpus, so the vocabulary and its frequencies stay real. Documents go in through EF in batches of 500 per
/// transaction before the search migration, which then indexes them all; a further 2,000 (<c>--live N</c>) go in with
/// the index triggers firing, to measure that path too.
/// </summary>
public static partial class SearchBenchmark
{
    public static readonly string[] Queries =
    [
        "peace",
        "\"nuclear disarmament\"",
        "genocide",
        "climate change",
        "\"responsibility to protect\"",
        "apartheid -africa",
        "palestin*",
        "NEAR(climate finance, 10)",
        "sanctions OR embargo",
        "speaker:obama",
        "kind:letter",
        "year:1995",
        "terrorism date:2001-09..2010",
        "organ:\"security council\" veto",
        "decolonization agenda:8",
        "kind:\"right of reply\" occupation",
        "\"sustainable development goals\" year:2015..2024",
        "refugees -syria",
        "(iran OR iraq) war",
        "genocidee",
    ];

    internal static readonly DocumentKind[] SyntheticKinds =
    [
        .. Enumerable.Repeat(DocumentKind.Statement, 14), DocumentKind.Letter, DocumentKind.Letter, DocumentKind.RightOfReply,
        DocumentKind.RightOfReply, DocumentKind.NoteVerbale, DocumentKind.NewsReport,
    ];

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length < 2 || !Directory.Exists(args[1]))
        {
            await output.WriteLineAsync("Usage: Archive.Benchmarks search <UNGDC folder> [--documents N] [--runs R] [--speakers speakers_by_session.csv] [--keep FILE | --reuse FILE]");
            return 2;
        }
        var documents = IntOption(args, "--documents") ?? 100_000;
        var runs = IntOption(args, "--runs") ?? 15;
        var speakersCsv = Option(args, "--speakers") ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[1]))!, "speakers_by_session.csv");

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"search: {documents:N0} documents, {runs} timed runs per query; {Environment.ProcessorCount} cores ({CpuModel()}), .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        // --reuse FILE measures an archive an earlier run kept (--keep FILE) without building it again.
        var reuse = Option(args, "--reuse");
        var keep = Option(args, "--keep");
        var workspace = Directory.CreateTempSubdirectory("archive-search-bench-").FullName;
        try
        {
            var file = reuse ?? keep ?? Path.Combine(workspace, "archive.db");
            var connection = ArchiveDbOptions.ForFile(file);
            if (reuse is not null)
            {
                await using (var db = new ArchiveDb(ArchiveDbOptions.For(connection)))
                {
                    await db.Database.MigrateAsync();
                    await output.WriteLineAsync($"reusing {reuse}: {await db.Documents.CountAsync():N0} documents");
                }
                await MeasureAsync(connection, runs, output);
                return 0;
            }

            // The documents go in before the search migration, whose Up indexes every stored document at its end: the way
            // an existing archive gets its index, and far faster than re-indexing each document once per link row.
            await using (var db = new ArchiveDb(ArchiveDbOptions.For(connection)))
            {
                // Every migration before the search index, whatever comes later, so the schema matches the model.
                var migrations = db.Database.GetMigrations().ToList();
                var beforeSearch = migrations[migrations.FindIndex(m => m.EndsWith("_SearchIndex", StringComparison.Ordinal)) - 1];
                await db.GetService<IMigrator>().MigrateAsync(beforeSearch);
            }
            var corpus = Corpus.Load(args[1], File.Exists(speakersCsv) ? speakersCsv : null);
            await output.WriteLineAsync($"corpus: {corpus.Statements.Count:N0} statements, {corpus.Paragraphs.Count:N0} paragraphs");
            var random = new Random(20261125);
            var build = Stopwatch.StartNew();
            var ids = await SetUpAsync(connection, corpus);
            await InsertAsync(connection, corpus, ids, random, 0, documents, output);
            build.Stop();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"stored {documents:N0} documents in {build.Elapsed.TotalSeconds:0} s ({documents / build.Elapsed.TotalSeconds:0} documents/s)"));

            var index = Stopwatch.StartNew();
            await using (var db = new ArchiveDb(ArchiveDbOptions.For(connection)))
            {
                db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
                await db.Database.MigrateAsync();
                await Archive.Core.Search.Engine.SearchEngine.ForStore(db).RebuildAsync(db, CancellationToken.None);
            }
            index.Stop();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"migrations and the Lucene index build took {index.Elapsed.TotalSeconds:0} s ({documents / index.Elapsed.TotalSeconds:0} documents/s)"));

            // Then the live path: documents with their links through EF, every trigger firing.
            var live = IntOption(args, "--live") ?? 2_000;
            var triggers = Stopwatch.StartNew();
            await InsertAsync(connection, corpus, ids, random, documents, live, output);
            triggers.Stop();
            SqliteConnection.ClearAllPools();
            var size = new FileInfo(file).Length + (File.Exists(file + "-wal") ? new FileInfo(file + "-wal").Length : 0);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"then {live:N0} more with the index triggers in {triggers.Elapsed.TotalSeconds:0} s ({live / triggers.Elapsed.TotalSeconds:0} documents/s); store {size / 1e9:0.00} GB"));

            await MeasureAsync(connection, runs, output);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(workspace, recursive: true);
        }
    }


    internal sealed record Ids(int Assembly, int Council, Dictionary<int, int> Agenda, Dictionary<string, int> Speakers);

    internal static async Task<Ids> SetUpAsync(string connection, Corpus corpus)
    {
        await using var setup = new ArchiveDb(ArchiveDbOptions.For(connection));
        var assembly = new Organ { Name = "General Assembly", Slug = "general-assembly", SessionTerm = "session" };
        var council = new Organ { Name = "Security Council", Slug = "security-council", SessionTerm = "year" };
        setup.Organs.AddRange(assembly, council);
        var agenda = Enumerable.Range(1, 79).Select(s => new AgendaItem { Organ = assembly, Session = s, Number = 8, Title = "General debate" }).ToList();
        setup.AgendaItems.AddRange(agenda);
        var speakers = new Dictionary<string, Speaker>(StringComparer.Ordinal);
        foreach (var name in corpus.Statements.Select(s => s.Speaker).OfType<string>().Distinct())
        {
            var key = TextFolding.ToAscii(name).ToLowerInvariant();
            var speaker = new Speaker { Name = name, Slug = "s" + speakers.Count.ToString(CultureInfo.InvariantCulture) };
            speaker.Aliases.Add(new SpeakerAlias { Spelling = name, MatchKey = key, SurnameKey = key.Split(' ')[^1] });
            speakers[name] = speaker;
        }
        setup.Speakers.AddRange(speakers.Values);
        await setup.SaveChangesAsync();
        return new Ids(assembly.Id, council.Id, agenda.ToDictionary(a => a.Session!.Value, a => a.Id), speakers.ToDictionary(s => s.Key, s => s.Value.Id));
    }

    private static async Task InsertAsync(string connection, Corpus corpus, Ids ids, Random random, int first, int count, TextWriter output)
    {
        const int Batch = 500;
        var watch = Stopwatch.StartNew();
        for (var start = first; start < first + count; start += Batch)
        {
            await using var db = new ArchiveDb(ArchiveDbOptions.For(connection));
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync();
            for (var n = start; n < Math.Min(first + count, start + Batch); n++)
            {
                var real = n < corpus.Statements.Count;
                var statement = corpus.Statements[real ? n : random.Next(corpus.Statements.Count)];
                var body = real ? statement.Text : corpus.Mix(random);
                var kind = real ? DocumentKind.Statement : SyntheticKinds[random.Next(SyntheticKinds.Length)];
                var date = new DateOnly(statement.Year, 9, 1).AddDays(random.Next(30));
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(n.ToString(CultureInfo.InvariantCulture) + body)));
                var who = statement.Speaker ?? statement.Country;
                var document = new Document
                {
                    Key = hash[..12],
                    Slug = $"{date:yyyy-MM-dd}-{kind.ToString().ToLowerInvariant()}-{hash[..12]}",
                    Kind = kind,
                    Title = $"{DocumentKinds.Label(kind)} by {who} at the general debate of the General Assembly's session {statement.Session}",
                    Date = date,
                    DeliveredOn = date,
                    Event = "General debate",
                    Country = statement.Country,
                    Language = "English",
                    Body = body,
                    ImportedAt = DateTimeOffset.UtcNow,
                    ImportedVia = "benchmark",
                };
                document.Organs.Add(new DocumentOrgan { OrganId = kind == DocumentKind.RightOfReply && random.Next(3) == 0 ? ids.Council : ids.Assembly, Session = statement.Session });
                if (ids.Agenda.TryGetValue(statement.Session, out var item) && kind == DocumentKind.Statement)
                    document.AgendaItems.Add(new DocumentAgendaItem { AgendaItemId = item });
                if (statement.Speaker is { } name)
                    document.Speakers.Add(new DocumentSpeaker { SpeakerId = ids.Speakers[name], SpellingUsed = name, Role = statement.Post });
                db.Documents.Add(document);
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            if ((start - first) / Batch % 20 == 19)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"  {start - first + Batch:N0} documents, {watch.Elapsed.TotalSeconds:0} s"));
            }
        }
    }

    private static async Task MeasureAsync(string connection, int runs, TextWriter output)
    {
        var all = new List<double>();
        var lines = new List<string>();
        // Warm-up: the page cache and the JIT, as a server that has answered a few searches.
        foreach (var query in Queries)
            await SearchOnceAsync(connection, query);
        foreach (var query in Queries)
        {
            var times = new List<double>(runs);
            var total = 0;
            for (var run = 0; run < runs; run++)
            {
                var (ms, found) = await SearchOnceAsync(connection, query);
                times.Add(ms);
                total = found;
            }
            times.Sort();
            all.AddRange(times);
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| `{query.Replace("|", "\\|", StringComparison.Ordinal)}` | {total:N0} | {Percentile(times, 0.5):0.0} | {Percentile(times, 0.95):0.0} |"));
        }
        all.Sort();
        await output.WriteLineAsync("| query | hits | median ms | p95 ms |");
        await output.WriteLineAsync("|---|---:|---:|---:|");
        foreach (var line in lines)
            await output.WriteLineAsync(line);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"| all {Queries.Length} queries × {runs} runs | | {Percentile(all, 0.5):0.0} | {Percentile(all, 0.95):0.0} |"));
    }

    private static async Task<(double Ms, int Total)> SearchOnceAsync(string connection, string query)
    {
        var started = Stopwatch.GetTimestamp();
        await using var db = new ArchiveDb(ArchiveDbOptions.For(connection));
        var service = new SearchService(db, Archive.Core.Search.Engine.SearchEngine.ForStore(db),
            Microsoft.Extensions.Options.Options.Create(new Archive.Core.ArchiveOptions { SearchDeadlineSeconds = 600 }), NullLogger<SearchService>.Instance);
        var result = await service.SearchAsync(new SearchRequest(query), CancellationToken.None);
        if (result.Errors.Count > 0)
            throw new InvalidOperationException($"{query}: {string.Join("; ", result.Errors)}");
        return (Stopwatch.GetElapsedTime(started).TotalMilliseconds, result.Total);
    }

    internal static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];

    internal static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    internal static int? IntOption(string[] args, string name) =>
        Option(args, name) is { } value && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;

    internal static string CpuModel()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        }
        catch (IOException)
        {
            return "unknown CPU";
        }
    }

    internal sealed record Statement(string Country, int Session, int Year, string? Speaker, string? Post, string Text);

    internal sealed class Corpus
    {
        public List<Statement> Statements { get; } = [];
        public List<string> Paragraphs { get; } = [];

        /// <summary>
        /// Paragraphs drawn from anywhere in the corpus up to the length of a statement picked at random, so the bodies keep
        /// the corpus's size distribution (some "paragraphs" of the corpus are whole speeches; those are cut at a space).
        /// </summary>
        public string Mix(Random random)
        {
            var target = Statements[random.Next(Statements.Count)].Text.Length;
            var sb = new StringBuilder(target + 100);
            while (sb.Length < target)
            {
                var paragraph = Paragraphs[random.Next(Paragraphs.Count)];
                var room = target - sb.Length;
                if (paragraph.Length > room + 200)
                {
                    var cut = paragraph.LastIndexOf(' ', Math.Max(0, room));
                    paragraph = cut > 0 ? paragraph[..cut] : paragraph[..Math.Min(paragraph.Length, room + 1)];
                }
                sb.Append(paragraph).Append("\n\n");
            }
            return sb.ToString();
        }

        public static Corpus Load(string folder, string? speakersCsv)
        {
            var people = speakersCsv is null ? [] : ReadSpeakers(speakersCsv);
            var corpus = new Corpus();
            foreach (var path in Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // "ARG_01_1946.txt": country code, session, year.
                var match = FileName().Match(Path.GetFileName(path));
                if (!match.Success)
                    continue;
                var iso = match.Groups[1].Value;
                var session = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                var year = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
                var text = File.ReadAllText(path);
                people.TryGetValue((iso, session), out var person);
                corpus.Statements.Add(new Statement(person.Country ?? iso, session, year, person.Speaker, person.Post, text));
                corpus.Paragraphs.AddRange(text.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(p => p.Length > 80));
            }
            return corpus;
        }

        private static Dictionary<(string, int), (string? Country, string? Speaker, string? Post)> ReadSpeakers(string csv)
        {
            var rows = new Dictionary<(string, int), (string?, string?, string?)>();
            foreach (var fields in CsvRows(File.ReadAllText(csv)).Skip(1))
            {
                if (fields.Count < 6 || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var session))
                    continue;
                static string? Clean(string s) => Regex.Replace(s, @"\s+", " ").Trim().TrimEnd(',') is { Length: > 0 } c ? c : null;
                rows[(fields[2].Trim(), session)] = (Clean(fields[3]), Clean(fields[4]), Clean(fields[5]));
            }
            return rows;
        }

        private static IEnumerable<List<string>> CsvRows(string text)
        {
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    yield return row;
                    row = [];
                }
                else
                {
                    field.Append(c);
                }
            }
            if (field.Length > 0 || row.Count > 0)
            {
                row.Add(field.ToString());
                yield return row;
            }
        }
    }

    [GeneratedRegex(@"^([A-Z]{2,3})_(\d+)_(\d{4})\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
