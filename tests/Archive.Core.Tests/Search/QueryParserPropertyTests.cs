using System.Diagnostics;
using System.Text;
using Archive.Core.Search;
using Archive.Core.Search.Engine;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Random and mutated queries: the parser never throws, and whatever tree it builds, the engine translates and runs on a
/// real Lucene index with the archive's analyzer and fields.
/// </summary>
public class QueryParserPropertyTests
{
    private const int Queries = 120_000;

    private static readonly string[] Seeds =
    [
        "\"responsibility to protect\"", "speaker:tofig", "kind:\"note verbale\"", "agenda:130", "symbol:A/79/875",
        "year:2019", "date:2019-11..2020-06", "genocide -armenia", "genocide OR atrocities", "negotiat*",
        "NEAR(climate finance, 5)", "(peace OR war) -kind:letter", "organ:\"security council\"", "body:(a OR b)", "Əliyev",
        // Digits of other scripts match \d but are no numbers to int.Parse: Arabic-Indic, Persian, fullwidth, Devanagari.
        "year:٢٠١٩", "date:２０１９-１１..２０２０-０６", "agenda:١٣٠", "year:۲۰۱۹", "date:2019-١١-٠٣", "agenda:general-assembly:७४:१३०",
    ];

    private static readonly string[] Pieces =
    [
        "\"", "(", ")", "-", "*", ":", "OR", "AND", "NOT", "NEAR(", "NEAR", ",", " ", "  ", "{", "}", "^", "+", "'", "\\",
        "speaker:", "organ:", "kind:", "agenda:", "symbol:", "year:", "date:", "title:", "body:", "event:", "by:", "type:",
        "..", "2019", "2019-11", "a", "é", "Ə", "ı", "中文", "😀", "\u0301", "\u0000", "\uD800", "\uFEFF", "\t", "\n",
        "peace", "A/79/875", "68 (b)", "*\"", "\"*", ")(", "--", "-\"", "OR OR", "NOT NOT", "|", "&&", "“", "”", "%", "_",
        "prot* ", "'s", "’s", ",", "year:2017,2025", "kind:letter,", "organ:sc", "or", "musa*",
        "٢٠١٩", "２０１９", "۱۹", "१३०", "٣", "１", "𝟚𝟘𝟙𝟡",
    ];

    [Fact]
    public void Parse_random_and_mutated_queries_never_throws_and_the_engine_runs_every_tree()
    {
        var random = new Random(20261125);
        var expressions = new HashSet<string>(StringComparer.Ordinal);
        var trees = new List<QueryNode>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Queries; i++)
        {
            var input = (i % 3) switch
            {
                0 => RandomQuery(random),
                1 => Mutate(random, Seeds[random.Next(Seeds.Length)]),
                _ => RandomChars(random),
            };
            var query = QueryParser.Parse(input);
            if (QueryNotation.Build(query.Text) is { } match && expressions.Add(match))
                trees.Add(query.Text!);
            if (QueryNotation.ExcludedOnly(query.Text) is { } excluded && expressions.Add(excluded))
                trees.Add(query.Text!);
        }

        // Every tree goes to the engine as a query built from objects; none may fail to run on a real index.
        using var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(ArchiveAnalyzer.Version, ArchiveAnalyzer.PerField)))
        {
            writer.AddDocument(new IndexedDocument(1, Archive.Core.Documents.DocumentKind.Statement, "Peace and war", "The responsibility to protect peace a é",
                null, "A/79/875", new DateOnly(2019, 11, 27), [new DateOnly(2019, 11, 27)], [("tofig-musayev", "Tofig Musayev")], ["Tofig Musayev"],
                [("security-council", "Security Council")], [], []).ToLucene());
        }
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var searcher = new Lucene.Net.Search.IndexSearcher(reader);
        var failures = new List<string>();
        foreach (var tree in trees)
        {
            try
            {
                var translation = new QueryTranslation(reader);
                var query = translation.Text(tree) ?? translation.ExcludedOnly(tree) ?? new Lucene.Net.Search.MatchAllDocsQuery();
                searcher.Search(query, 10);
            }
            catch (Exception ex)
            {
                failures.Add(QueryNotation.Build(tree) + " → " + ex.Message);
            }
        }

        Assert.True(expressions.Count > 10_000, $"only {expressions.Count} distinct expressions");
        Assert.Empty(failures.Take(20));
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"took {watch.Elapsed}");
    }

    private static string RandomQuery(Random random)
    {
        var sb = new StringBuilder();
        var count = random.Next(1, 12);
        for (var i = 0; i < count; i++)
        {
            sb.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) == 0)
                sb.Append(' ');
        }
        return sb.ToString();
    }

    private static string Mutate(Random random, string seed)
    {
        var chars = new StringBuilder(seed);
        var edits = random.Next(1, 5);
        for (var i = 0; i < edits; i++)
        {
            var at = random.Next(chars.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, Pieces[random.Next(Pieces.Length)]);
                    break;
                case 1 when chars.Length > 0:
                    chars.Remove(Math.Min(at, chars.Length - 1), 1);
                    break;
                default:
                    chars.Insert(at, (char)random.Next(0x20, 0x7F));
                    break;
            }
        }
        return chars.ToString();
    }

    private static string RandomChars(Random random)
    {
        var length = random.Next(0, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = random.Next(4) switch
            {
                0 => (char)random.Next(0, 0x80),
                1 => "\"()-*:,. ORNEA"[random.Next(14)],
                2 => (char)random.Next(0, 0x10000),
                _ => (char)random.Next('a', 'z' + 1),
            };
        }
        return new string(chars);
    }
}
