using System.Diagnostics;
using System.Net;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Defect 1 of the probing: one anonymous search could hold a core for minutes by highlighting a long body with many
/// matches. A 10 MB document of one repeated word must now be searched, highlighted and answered within the search's
/// deadline, however the word is asked for.
/// </summary>
public class PathologicalDocumentTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string Word = "solidarity";

    [Theory]
    [InlineData("/search?q=solidarity")]
    [InlineData("/search?q=%22solidarity+solidarity+solidarity%22")]
    [InlineData("/search?q=solid*")]
    [InlineData("/search?q=NEAR(solidarity+solidarity%2C+3)")]
    [InlineData("/api/search?q=solidarity")]
    public async Task Ten_megabytes_of_one_word_are_searched_within_the_deadline(string url)
    {
        await StoreHugeDocumentAsync();
        using var client = factory.CreateClient();
        await client.GetAsync("/search?q=warmup");

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync(url);
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Ten megabytes of one word", body, StringComparison.Ordinal);
        Assert.DoesNotContain("took longer than", body, StringComparison.Ordinal);
        // The search's own deadline is 2 s; the answer comes well inside it.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"answered in {watch.Elapsed}");
    }

    private async Task StoreHugeDocumentAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        if (!db.Documents.Any(d => d.Key == "huge-one-word"))
        {
            db.Documents.Add(new Document
            {
                Key = "huge-one-word",
                Slug = "ten-megabytes-of-one-word-huge-one-word",
                Kind = DocumentKind.Statement,
                Title = "Ten megabytes of one word",
                Body = string.Join(' ', Enumerable.Repeat(Word, 10 * 1024 * 1024 / (Word.Length + 1))),
                ImportedAt = DateTimeOffset.UtcNow,
                ImportedVia = "test",
            });
            await db.SaveChangesAsync();
        }
        // Indexing the document is the writer's cost, paid once; what is timed is the reader's.
        await scope.ServiceProvider.GetRequiredService<SearchEngine>().CatchUpAsync(db, CancellationToken.None);
    }
}
