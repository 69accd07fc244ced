using Archive.Core.Documents;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Search;

/// <summary>
/// When most of a segment matches, its facets are counted as the segment's totals less the documents that do not match.
/// On a real index, with deleted documents in its segments, that gives exactly the counts of counting every hit.
/// </summary>
public class ComplementFacetTests
{
    public static TheoryData<string> Queries => ["everything", "all but karabakh", "azerbaijan", "letters"];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Counting_the_documents_that_do_not_match_gives_the_counts_of_counting_every_hit(string name)
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var engine = SearchEngine.ForStore(db);
        await engine.CatchUpAsync(db, default);
        // Edits after the first commit delete the old version of each document and add the new one in a later segment.
        foreach (var document in await db.Documents.Where(d => d.Kind != DocumentKind.NoteVerbale).OrderBy(d => d.Id).Take(6).ToListAsync())
        {
            document.Body += "\n\nA later addendum.";
            await db.SaveChangesAsync();
            await engine.CatchUpAsync(db, default);
        }
        var query = name switch
        {
            "everything" => new MatchAllDocsQuery(),
            "all but karabakh" => new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { new TermQuery(new Term(SearchFields.Body, "karabakh")), Occur.MUST_NOT } },
            "azerbaijan" => new TermQuery(new Term(SearchFields.Body, "azerbaijan")),
            _ => (Query)new TermQuery(new Term(SearchFields.Kind, nameof(DocumentKind.Letter))),
        };

        var searcher = engine.Acquire();
        try
        {
            Assert.True(searcher.IndexReader.Leaves.Count >= 2);
            Assert.True(searcher.IndexReader.HasDeletions);
            var direct = new HitCollector(default) { UseComplement = false };
            searcher.Search(query, direct);
            direct.Finish();
            var complement = new HitCollector(default);
            searcher.Search(query, complement);
            complement.Finish();

            Assert.True(direct.Total > 0);
            Assert.Equal(0, direct.ComplementSegments);
            if (name == "everything")
                Assert.Equal(searcher.IndexReader.Leaves.Count, complement.ComplementSegments);
            Assert.Equal(direct.Total, complement.Total);
            Assert.Equal(direct.Years, complement.Years);
            Assert.Equal(Sorted(direct.Kinds), Sorted(complement.Kinds));
            Assert.Equal(Sorted(direct.Organs), Sorted(complement.Organs));
            Assert.Equal(Sorted(direct.Speakers), Sorted(complement.Speakers));
            Assert.Equal(Sorted(direct.AgendaItems), Sorted(complement.AgendaItems));
            Assert.NotEmpty(direct.Years);
            Assert.NotEmpty(direct.Speakers);
        }
        finally
        {
            engine.Release(searcher);
        }
    }

    [Fact]
    public async Task A_collector_asked_for_one_facet_counts_it_as_the_full_collector_does_and_no_other()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var engine = SearchEngine.ForStore(db);
        await engine.CatchUpAsync(db, default);
        var searcher = engine.Acquire();
        try
        {
            var all = new HitCollector(default);
            searcher.Search(new MatchAllDocsQuery(), all);
            all.Finish();
            var years = new HitCollector(default, HitCollector.Facet.Year);
            searcher.Search(new MatchAllDocsQuery(), years);
            years.Finish();

            Assert.Equal(all.Total, years.Total);
            Assert.Equal(all.Years, years.Years);
            Assert.NotEmpty(years.Years);
            Assert.Empty(years.Kinds);
            Assert.Empty(years.Speakers);
        }
        finally
        {
            engine.Release(searcher);
        }
    }

    private static List<KeyValuePair<string, int>> Sorted(IReadOnlyDictionary<string, int> counts) =>
        counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToList();
}
