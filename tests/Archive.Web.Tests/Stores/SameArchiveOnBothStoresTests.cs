using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Stores;

/// <summary>
/// The same documents imported into an SQLite archive and a PostgreSQL one give the same archive to its readers: every
/// public page reached from the home page by links, searches in the query language's forms, and the JSON API read the
/// same on both. The documents are the seeds and the 60 real texts of the importer's development corpus.
/// </summary>
[Trait("Store", "PostgresOnly")]
public sealed partial class SameArchiveOnBothStoresTests
{
    private const int MaxPages = 600;

    private static readonly string[] Searches =
    [
        "/search?q=security", "/search?q=%22human+rights%22", "/search?q=sanction*", "/search?q=peace+-war",
        "/search?q=kind%3Aletter", "/search?q=date%3A2019..2024&sort=date", "/search?q=climate+OR+drought",
        "/api/search?q=united+nations", "/api/v1/documents?q=council&limit=50", "/api/v1/speakers", "/api/v1/organs",
        "/api/v1/agenda-items", "/api/v1/kinds", "/api/v1/missions",
    ];

    [Fact]
    public async Task Every_public_page_search_and_api_answer_reads_the_same_on_sqlite_and_postgresql()
    {
        using var sqlite = new ArchiveWebFactory(StoreProvider.Sqlite);
        using var postgres = new ArchiveWebFactory(StoreProvider.PostgreSql);
        foreach (var file in Directory.GetFiles(DevelopmentCorpus(), "*.txt").Order(StringComparer.Ordinal))
        {
            var bytes = await File.ReadAllBytesAsync(file);
            var outcomes = new List<string>();
            foreach (var factory in new[] { sqlite, postgres })
            {
                using var scope = factory.Services.CreateScope();
                var result = await scope.ServiceProvider.GetRequiredService<DocumentLoader>().ImportAsync(bytes, Path.GetFileName(file), "test", CancellationToken.None);
                outcomes.Add($"{result.Status} {result.Slug}");
            }
            Assert.Equal(outcomes[0], outcomes[1]);
        }
        using var fromSqlite = sqlite.CreateClient();
        using var fromPostgres = postgres.CreateClient();

        var compared = 0;
        var differences = new List<string>();
        foreach (var address in await CrawlAsync(fromSqlite).ContinueWith(t => t.Result.Concat(Searches)))
        {
            var (expected, actual) = (await ReadAsync(fromSqlite, address), await ReadAsync(fromPostgres, address));
            compared++;
            if (expected != actual)
                differences.Add($"{address}: {FirstDifference(expected, actual)}");
        }

        Assert.True(compared > 150, $"only {compared} addresses were compared");
        Assert.True(differences.Count == 0, $"{differences.Count} of {compared} addresses differ:\n" + string.Join("\n", differences.Take(10)));
    }

    /// <summary>Public pages reached by links from the home page and the browse lists, breadth first, in the order found.</summary>
    private static async Task<List<string>> CrawlAsync(HttpClient client)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/", "/browse", "/speakers", "/organs", "/agenda", "/kinds", "/missions" };
        var queue = new Queue<string>(seen);
        var order = new List<string>();
        var parser = new HtmlParser();
        while (queue.Count > 0 && order.Count < MaxPages)
        {
            var address = queue.Dequeue();
            order.Add(address);
            using var response = await client.GetAsync(address);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html")
                continue;
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in page.QuerySelectorAll("main a[href^='/']").Select(a => a.GetAttribute("href")!))
            {
                var path = link.Split('#')[0];
                if (path.StartsWith("/curate", StringComparison.Ordinal) || path.StartsWith("/account", StringComparison.Ordinal)
                    || path.Contains("/original", StringComparison.Ordinal) || path.Contains("export", StringComparison.Ordinal))
                    continue;
                if (seen.Add(path))
                    queue.Enqueue(path);
            }
        }
        return order;
    }

    /// <summary>The answer's status and main content (the page's <c>main</c>, or the JSON), without what differs by nature.</summary>
    private static async Task<string> ReadAsync(HttpClient client, string address)
    {
        using var response = await client.GetAsync(address);
        var body = await response.Content.ReadAsStringAsync();
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
            body = new HtmlParser().ParseDocument(body).QuerySelector("main")?.OuterHtml ?? body;
        return $"{(int)response.StatusCode} " + Volatile().Replace(body, "…");
    }

    // Import times (each archive imported at its own moment), antiforgery tokens and timings.
    [GeneratedRegex(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?|name=""__RequestVerificationToken"" value=""[^""]*""|\d+(\.\d+)? ms\b|(Imported|imported) (on )?\d{1,2} \w+ \d{4}( at \d\d:\d\d)?")]
    private static partial Regex Volatile();

    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
            at++;
        string Around(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(160, s.Length - Math.Max(0, at - 60)));
        return $"SQLite «{Around(expected)}» / PostgreSQL «{Around(actual)}»";
    }

    // CI puts the shared folder beside the clone (../shared); a worktree may sit one level deeper.
    private static string DevelopmentCorpus()
    {
        for (var dir = new DirectoryInfo(ArchiveWebFactory.RepositoryRoot()).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "importer-dev", "docs");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException("The development corpus (shared/corpora/importer-dev) is not beside the repository.");
    }
}
