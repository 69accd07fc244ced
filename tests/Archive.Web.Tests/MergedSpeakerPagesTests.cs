using Archive.Core.Curation;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Speaker pages after an archivist merges two records of one person, merges again, and undoes.</summary>
public class MergedSpeakerPagesTests : IClassFixture<ArchiveWebFactory>
{
    private readonly ArchiveWebFactory _factory;

    public MergedSpeakerPagesTests(ArchiveWebFactory factory) => _factory = factory;

    private static string Statement(string name, string date) => $"""
        Statement by Ms. {name}
        Permanent Representative of Norland to the United Nations

        {date}

        Mr. President, my delegation thanks the Secretary-General for his report and supports the renewal of the mandate.
        """;

    private async Task<Core.Curation.CurationResult> MergeAsync(string kept, string merged)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SpeakerMerger>().MergeAsync(kept, merged, "test", CancellationToken.None);
    }

    [Fact]
    public async Task Merged_speakers_page_shows_both_spellings_and_the_old_address_redirects_until_undone()
    {
        await _factory.ImportAsync("carla.txt", Statement("Carla Mergeton", "16 March 2024"));
        await _factory.ImportAsync("karla.txt", Statement("Karla Mergetonn", "17 March 2024"));
        var merge = await MergeAsync("carla-mergeton", "karla-mergetonn");
        Assert.True(merge.Succeeded, merge.Message);

        var (status, _, location) = await _factory.GetAsync("/speakers/karla-mergetonn");
        Assert.Equal(302, status);
        Assert.Equal("/speakers/carla-mergeton", location);
        var page = await _factory.GetDocumentAsync("/speakers/carla-mergeton");
        Assert.Equal(["Carla Mergeton", "Karla Mergetonn"], page.QuerySelectorAll("[data-test=spelling] span:first-child").Select(s => s.TextContent).Order(StringComparer.Ordinal));
        Assert.StartsWith("2 documents", page.QuerySelector("[data-test=speaker-summary]")!.TextContent.Trim());
        var index = await _factory.GetDocumentAsync("/speakers");
        Assert.Equal("2 documents", index.QuerySelectorAll("[data-test=speaker-row]").Single(r => r.GetAttribute("data-slug") == "carla-mergeton").QuerySelector("[data-test=speaker-count]")!.TextContent.Trim());
        Assert.DoesNotContain("karla-mergetonn", index.QuerySelectorAll("[data-test=speaker-row]").Select(r => r.GetAttribute("data-slug")));

        using (var scope = _factory.Services.CreateScope())
        {
            var id = await scope.ServiceProvider.GetRequiredService<ArchiveDb>().SpeakerMerges.Where(m => m.MergedSlug == "karla-mergetonn").Select(m => m.Id).SingleAsync();
            Assert.True((await scope.ServiceProvider.GetRequiredService<SpeakerMerger>().UndoAsync(id, "test", CancellationToken.None)).Succeeded);
        }
        Assert.Equal(200, (await _factory.GetAsync("/speakers/karla-mergetonn")).Status);
    }

    [Fact]
    public async Task Address_of_a_speaker_merged_twice_leads_to_the_last_kept_one()
    {
        await _factory.ImportAsync("anna.txt", Statement("Anna Chainova", "1 April 2024"));
        await _factory.ImportAsync("ana.txt", Statement("Ana Chainovva", "2 April 2024"));
        await _factory.ImportAsync("hanna.txt", Statement("Hanna Chainowa", "3 April 2024"));
        Assert.True((await MergeAsync("ana-chainovva", "anna-chainova")).Succeeded);
        Assert.True((await MergeAsync("hanna-chainowa", "ana-chainovva")).Succeeded);

        var (status, _, location) = await _factory.GetAsync("/speakers/anna-chainova");

        Assert.Equal(302, status);
        Assert.Equal("/speakers/hanna-chainowa", location);
    }
}
