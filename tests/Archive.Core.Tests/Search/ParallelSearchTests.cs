using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Search;

/// <summary>A search split over the index's segments on several cores answers exactly as one core does.</summary>
public class ParallelSearchTests
{
    [Theory]
    [InlineData("azerbaijan")]
    [InlineData("genocide OR karabakh")]
    [InlineData("kind:letter")]
    [InlineData("-karabakh")]
    [InlineData("\"security council\"")]
    public async Task Search_over_segment_groups_gives_the_same_page_total_and_facets(string query)
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var service = SeedArchive.Service(db);
        await service.SearchAsync(new SearchRequest("azerbaijan"), default);
        // Edits after the first commit land in new segments, so the index has several to split.
        foreach (var document in await db.Documents.Where(d => d.Kind != DocumentKind.NoteVerbale).ToListAsync())
        {
            document.Body += "\n\nA later addendum.";
            await db.SaveChangesAsync();
            await SearchEngine.ForStore(db).CatchUpAsync(db, default);
        }
        var searcher = SearchEngine.ForStore(db).Acquire();
        var segments = searcher.IndexReader.Leaves.Count;
        SearchEngine.ForStore(db).Release(searcher);
        Assert.True(segments >= 2, $"{segments} segment");

        var before = SegmentSearcher.ParallelFrom;
        SearchResult alone, split;
        try
        {
            SegmentSearcher.ParallelFrom = int.MaxValue;
            alone = await service.SearchAsync(new SearchRequest(query, PageSize: 3, Page: 2), default);
            SegmentSearcher.ParallelFrom = 0;
            split = await service.SearchAsync(new SearchRequest(query, PageSize: 3, Page: 2), default);
        }
        finally
        {
            SegmentSearcher.ParallelFrom = before;
        }

        Assert.Equal(alone.Total, split.Total);
        Assert.Equal(alone.Hits.Select(h => h.Slug), split.Hits.Select(h => h.Slug));
        Assert.Equal(alone.Facets.Years, split.Facets.Years);
        Assert.Equal(alone.Facets.Kinds, split.Facets.Kinds);
        Assert.Equal(alone.Facets.Organs, split.Facets.Organs);
        Assert.Equal(alone.Facets.Speakers, split.Facets.Speakers);
        Assert.Equal(alone.Facets.AgendaItems, split.Facets.AgendaItems);
    }
}
