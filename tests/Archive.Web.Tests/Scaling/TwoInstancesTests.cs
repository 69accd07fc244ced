using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Archive.Core.Data;
using Archive.Tests.Shared;
using Archive.Web.Tests.Faults;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Scaling;

/// <summary>
/// Two web instances on one PostgreSQL store, as behind a load balancer: each keeps a search index of its own that follows
/// the shared outbox, both read the data-protection keys from the store, so an archivist signed in on one writes through
/// the other, and what either writes is found through the other within a second.
/// </summary>
[Trait("Category", "Faults")]
[Trait("Store", "PostgresOnly")]
[Collection(AloneCollection.Name)]
public class TwoInstancesTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Instances_started_together_share_sign_in_and_each_finds_what_the_other_wrote_within_a_second()
    {
        Assert.True(TestStore.IsPostgres, "This test needs a PostgreSQL server: ARCHIVE_TEST_STORE=postgres ARCHIVE_PG=… (eval \"$(tests/postgres/start.sh)\").");
        var folder = Directory.CreateTempSubdirectory("archive-two-instances-").FullName;
        var store = await TestStore.CreateAsync(folder);
        try
        {
            // At the same moment on a store with no data-protection key yet: each may make one of its own.
            var starting = new[] { "a", "b" }.Select(name => AppProcess.StartAsync(store, new Dictionary<string, string>
            {
                ["Archive__SearchIndexPath"] = Path.Combine(folder, "index-" + name),
            })).ToList();
            await using var a = await starting[0];
            await using var b = await starting[1];
            var keys = await CountKeysAsync(store);
            output.WriteLine($"{keys} data-protection keys in the store after both started");
            // Both imported the seeds at start, at once: each is stored once.
            Assert.Equal(Directory.GetFiles(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "seeds")).Length, await CountOriginalsAsync(store));

            var email = await Archivist.CreateAsync(store);
            using var onA = await Archivist.SignInAsAsync(a, email);
            using var aOnB = onA.On(b);
            Assert.Equal(HttpStatusCode.OK, (await aOnB.Client.GetAsync("/curate/add")).StatusCode);

            // Added and published through B with A's cookie (the form and its antiforgery token come from B); found through A.
            // The first change a newly started instance applies also compiles the code that applies it (more than half a
            // second on a busy machine), so it only has to be found; the second is held to the second.
            using var readerOfA = new HttpClient { BaseAddress = new Uri(a.BaseUrl) };
            var (_, first, _) = await PublishAndFindAsync(aOnB, b, readerOfA, UniqueWord());
            Assert.True(first < Freshness * 10, $"a search on A did not find the first document published through B in {first.TotalSeconds:F1} s");
            var word = UniqueWord();
            var idle = Stopwatch.StartNew();
            Assert.Equal(0, await TotalAsync(readerOfA, word));
            idle.Stop();
            var (slug, found, searches) = await PublishAndFindAsync(aOnB, b, readerOfA, word);
            output.WriteLine($"published through B, found by a search on A after {found.TotalMilliseconds:F0} ms, at search {searches} "
                + $"(the first document: {first.TotalMilliseconds:F0} ms; a search on A with nothing to apply: {idle.ElapsedMilliseconds} ms; load average {LoadAverage()})");
            Assert.True(found < Freshness,
                $"a search on A found the document published through B only after {found.TotalMilliseconds:F0} ms (at most {Freshness.TotalMilliseconds:F0} ms; load average {LoadAverage()})");

            // B's copy of the document page is kept under the store's stamp, so A's edit shows on B's next answer.
            using var readerOfB = new HttpClient { BaseAddress = new Uri(b.BaseUrl) };
            var before = await PageTitleAsync(readerOfB, slug);
            Assert.Equal(before, await PageTitleAsync(readerOfB, slug));
            var title = $"Statement of {word}, corrected on A";
            Assert.Equal((302, true), await onA.EditTitleAsync(slug, title));
            Assert.Equal(title, await PageTitleAsync(readerOfB, slug));

            // Signed in on B: A reads that cookie too.
            using var onB = await Archivist.SignInAsAsync(b, email);
            using var bOnA = onB.On(a);
            Assert.Equal(HttpStatusCode.OK, (await bOnA.Client.GetAsync("/curate/add")).StatusCode);

            // B's index follows the outbox by itself: its readiness (which searches nothing) reports the change A wrote.
            var other = UniqueWord();
            Assert.Equal(0, await TotalAsync(readerOfB, other));
            var (otherStatus, otherSlug, _) = await bOnA.AddAsync(Statement(other), $"{other}.txt");
            Assert.True(otherStatus == 200 && otherSlug is not null, $"adding through A answered {otherStatus}: {a.Output}");
            var documents = await CountDocumentsAsync(store);
            Assert.True(await bOnA.PublishAsync(otherSlug), $"publishing through A was refused: {a.Output}");
            var written = Stopwatch.StartNew();
            using var health = new HttpClient { BaseAddress = new Uri(b.BaseUrl) };
            var ready = "";
            while (!(ready = await ReadinessAsync(health)).Contains($"{documents + 1} documents indexed", StringComparison.Ordinal) && written.Elapsed < Freshness * 10)
                await Task.Delay(10);
            var followed = written.Elapsed;
            output.WriteLine($"published through A, in B's index without a search after {followed.TotalMilliseconds:F0} ms");
            Assert.True(followed < Freshness, $"B's index applied the change A wrote after {followed.TotalMilliseconds:F0} ms (at most {Freshness.TotalMilliseconds:F0} ms; load average {LoadAverage()}): {ready}");
            Assert.Equal(1, await TotalAsync(readerOfB, other));
        }
        finally
        {
            await TestStore.DropAsync(store);
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Adds and publishes a statement of <paramref name="word"/> through <paramref name="writer"/> on <paramref name="app"/>,
    /// then searches through <paramref name="reader"/> until it is found: the time from the publish's answer, and the searches made.
    /// </summary>
    private static async Task<(string Slug, TimeSpan Found, int Searches)> PublishAndFindAsync(Archivist writer, AppProcess app, HttpClient reader, string word)
    {
        Assert.Equal(0, await TotalAsync(reader, word));
        var (status, slug, _) = await writer.AddAsync(Statement(word), $"{word}.txt");
        Assert.True(status == 200 && slug is not null, $"adding answered {status}: {app.Output}");
        Assert.True(await writer.PublishAsync(slug), $"publishing was refused: {app.Output}");
        var published = Stopwatch.StartNew();
        var searches = 1;
        for (; await TotalAsync(reader, word) == 0 && published.Elapsed < Freshness * 10; searches++)
            await Task.Delay(10);
        var found = published.Elapsed;
        Assert.Equal(1, await TotalAsync(reader, word));
        return (slug, found, searches);
    }

    /// <summary>The machine's one-minute load average, for the messages: on a crowded machine every answer is late.</summary>
    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<string> ReadinessAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await (await client.GetAsync("/health/ready")).Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString() ?? "";
    }

    private static async Task<string?> PageTitleAsync(HttpClient reader, string slug)
    {
        var page = new HtmlParser().ParseDocument(await reader.GetStringAsync($"/documents/{slug}"));
        return page.QuerySelector("[data-test=title]")?.TextContent.Trim();
    }

    private static async Task<int> CountKeysAsync(string store)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For(store));
        return await db.DataProtectionKeys.CountAsync();
    }

    private static async Task<int> CountOriginalsAsync(string store)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For(store));
        return await db.OriginalFiles.IgnoreQueryFilters().CountAsync();
    }

    private static async Task<int> CountDocumentsAsync(string store)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For(store));
        return await db.Documents.CountAsync();
    }

    /// <summary>A word in no seed and no other test, of letters only, so a search for it finds one document.</summary>
    private static string UniqueWord() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    private static string Statement(string word) => string.Create(CultureInfo.InvariantCulture, $"""
        Statement by the representative of {word}

        4 December 2026

        Mr. President, the delegation of {word} thanks the Council for the debate on peace and security and supports the report.
        """);
}
