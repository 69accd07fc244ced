using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public class SearchServiceTests(SeedArchive seeds) : IClassFixture<SeedArchive>
{
    [Theory]
    [InlineData("\"responsibility to protect\"", "000 001 002")]
    [InlineData("genocide", "000 002 003")]
    [InlineData("Genocide", "000 002 003")]
    [InlineData("khojaly", "002 003")]
    [InlineData("karabakh", "002 004")]
    [InlineData("khojaly karabakh", "002")]
    [InlineData("khojaly OR karabakh", "002 003 004")]
    [InlineData("genocide -armenia", "000")]
    [InlineData("genocide NOT armenia", "000")]
    [InlineData("-armenia", "000 001")]
    [InlineData("karab*", "002 004")]
    [InlineData("khoj* -karabakh", "003")]
    [InlineData("\"protection of civilians\"", "000 003")]
    [InlineData("NEAR(protection civilians, 2)", "000 003")]
    [InlineData("(khojaly OR karabakh) -kind:letter", "003 004")]
    [InlineData("speaker:tofig", "000 001")]
    [InlineData("speaker:tofiq", "000 001")]
    [InlineData("speaker:musayev", "000 001")]
    [InlineData("speaker:\"yashar aliyev\"", "002 003")]
    [InlineData("-speaker:musayev", "002 003 004")]
    [InlineData("kind:\"note verbale\"", "004")]
    [InlineData("kind:letter", "002")]
    [InlineData("kind:statement", "000 003")]
    [InlineData("kind:news", "001")]
    [InlineData("agenda:130", "002")]
    [InlineData("agenda:131", "")]
    [InlineData("agenda:genocide", "002")]
    [InlineData("organ:\"security council\"", "002 003")]
    [InlineData("organ:\"high commissioner\"", "004")]
    [InlineData("symbol:A/79/875", "001")]
    [InlineData("symbol:a/79/875-s/2025/248", "001")]
    [InlineData("symbol:S/2025/248", "001")]
    [InlineData("symbol:A/79/*", "001")]
    [InlineData("symbol:A/79/87", "")]
    [InlineData("year:2019", "002")]
    [InlineData("year:2017..2020", "000 002 004")]
    [InlineData("date:2019-11", "002")]
    [InlineData("date:2019-11-27", "002")]
    [InlineData("date:2019-11..2020-06", "002")]
    [InlineData("date:..2018", "000")]
    [InlineData("date:2021..", "001 003")]
    [InlineData("genocide year:2017", "000")]
    [InlineData("negotiat*", "004")]
    [InlineData("\"responsibility to prot*\"", "000 001 002")]
    [InlineData("\"respons* to prot*\"", "000 001 002")]
    [InlineData("\"prot*\"", "000 001 002 003 004")]
    [InlineData("Musayev's", "000 001")]
    [InlineData("Musayev’s", "000 001")]
    [InlineData("\"Yerevan's\"", "002")]
    [InlineData("speaker:musayev's", "000 001")]
    [InlineData("year:2017,2025", "000 001")]
    [InlineData("year:2017 OR year:2025", "000 001")]
    [InlineData("-year:2017,2025", "002 003 004")]
    [InlineData("kind:letter OR kind:\"note verbale\"", "002 004")]
    [InlineData("kind:letter kind:\"note verbale\"", "002 004")]
    [InlineData("symbol:A/79/875 OR symbol:S/2025/248", "001")]
    [InlineData("organ:sc", "002 003")]
    [InlineData("speaker:musa*", "000 001")]
    [InlineData("speaker:(yash* OR tofi*)", "000 001 002 003")]
    [InlineData("symbol:\"A/79/\"*", "001")]
    [InlineData("organ:GA", "000 001 002")]
    public async Task Search_seeds_finds_exactly_the_expected_documents(string query, string expected)
    {
        var found = await seeds.FindAsync(query, SearchSort.Oldest);

        Assert.Equal(expected, string.Join(' ', found.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Search_sorts_by_date_both_ways()
    {
        Assert.Equal(["001", "003", "004", "002", "000"], await seeds.FindAsync("armenia OR musayev OR \"responsibility to protect\"", SearchSort.Newest));
        Assert.Equal(["000", "002", "004", "003", "001"], await seeds.FindAsync("armenia OR musayev OR \"responsibility to protect\"", SearchSort.Oldest));
    }

    [Fact]
    public async Task Search_pages_through_results_with_the_total_on_every_page()
    {
        var first = await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest, Page: 1, PageSize: 2));
        var second = await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest, Page: 2, PageSize: 2));
        var third = await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest, Page: 3, PageSize: 2));

        Assert.Equal(5, first.Total);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(["000", "002"], first.Hits.Select(Seed));
        Assert.Equal(["004", "003"], second.Hits.Select(Seed));
        Assert.Equal(["001"], third.Hits.Select(Seed));
    }

    [Fact]
    public async Task Search_snippets_mark_the_matched_words_in_fragments()
    {
        var result = await seeds.SearchAsync(new SearchRequest("khojaly"));

        foreach (var hit in result.Hits)
        {
            Assert.NotEmpty(hit.Snippet);
            Assert.All(hit.Snippet, fragment => Assert.Contains(fragment, p => p.IsMatch && p.Text.Equals("Khojaly", StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task Search_snippets_give_several_fragments_when_hits_are_apart()
    {
        var result = await seeds.SearchAsync(new SearchRequest("genocide kind:letter"));

        var hit = Assert.Single(result.Hits);
        Assert.True(hit.Snippet.Count > 1, $"{hit.Snippet.Count} fragments");
        Assert.True(hit.Snippet.Count <= Snippets.MaxFragments);
    }

    [Fact]
    public async Task Search_facets_count_the_whole_result_set()
    {
        var result = await seeds.SearchAsync(new SearchRequest("azerbaijan", PageSize: 1));

        Assert.Single(result.Hits);
        Assert.Equal(["2017:1", "2019:1", "2020:1", "2021:1", "2025:1"], result.Facets.Years.Select(f => $"{f.Key}:{f.Count}"));
        Assert.Equal(2, result.Facets.Kinds.Single(k => k.Key == "statement").Count);
        Assert.Equal("statement", result.Facets.Kinds.Single(k => k.Key == "statement").Label);
        Assert.Equal(3, result.Facets.Organs.Single(o => o.Label == "General Assembly").Count);
        Assert.Equal(2, result.Facets.Speakers.Single(s => s.Label.Contains("Musayev", StringComparison.Ordinal)).Count);
        Assert.Contains(result.Facets.AgendaItems, a => a.Label.StartsWith("Item 130: The responsibility to protect", StringComparison.Ordinal) && a.Count == 1);
    }

    [Theory]
    [InlineData("negotiat", "negoti", true)]
    [InlineData("responsib", "respons", true)]
    [InlineData("communit", "commun", true)]
    [InlineData("genocida", "genocid", true)]
    [InlineData("intern", "inter", false)]
    [InlineData("intervent", "inter", false)]
    [InlineData("negoti", "negoti", false)]
    public void Search_prefix_also_searches_a_shorter_stem_only_when_the_rest_starts_an_ending(string prefix, string stem, bool expected)
    {
        Assert.Equal(expected, Archive.Core.Search.Engine.QueryTranslation.IsStemOf(prefix, stem));
    }

    [Fact]
    public async Task Search_chosen_facet_is_counted_with_the_other_filters_only()
    {
        var result = await seeds.SearchAsync(new SearchRequest("azerbaijan") { Kind = "statement", Year = "2017" });

        Assert.Equal(["000"], Seeds(result));
        // Kinds: the year filter applies, not the kind one — only 000 was in 2017. Years: every statement's year.
        Assert.Equal(["statement:1"], result.Facets.Kinds.Select(f => $"{f.Key}:{f.Count}"));
        Assert.Equal(["2017:1", "2021:1"], result.Facets.Years.Select(f => $"{f.Key}:{f.Count}"));
        // Facets not chosen count what is shown.
        Assert.Equal(["General Assembly:1"], result.Facets.Organs.Select(f => $"{f.Label}:{f.Count}"));

        var kindOnly = await seeds.SearchAsync(new SearchRequest("azerbaijan") { Kind = "letter" });
        Assert.Equal(5, kindOnly.Facets.Kinds.Sum(f => f.Count));
        Assert.Equal(["2019:1"], kindOnly.Facets.Years.Select(f => $"{f.Key}:{f.Count}"));
    }

    [Fact]
    public async Task Search_facet_filters_from_the_url_narrow_the_results()
    {
        var all = await seeds.SearchAsync(new SearchRequest("azerbaijan"));
        var speaker = all.Facets.Speakers.Single(s => s.Label.Contains("Musayev", StringComparison.Ordinal)).Key;
        var agenda = all.Facets.AgendaItems.Single(a => a.Label.StartsWith("Item 130", StringComparison.Ordinal)).Key;
        var organ = all.Facets.Organs.Single(o => o.Label == "Security Council").Key;

        Assert.Equal(["000", "001"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest) { Speaker = speaker })));
        Assert.Equal(["002"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan") { Agenda = agenda })));
        Assert.Equal(["002", "003"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest) { Organ = organ })));
        Assert.Equal(["004"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan") { Kind = "noteverbale" })));
        Assert.Equal(["002"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan") { Year = "2019" })));
        Assert.Equal(["002", "004"], Seeds(await seeds.SearchAsync(new SearchRequest("azerbaijan", SearchSort.Oldest) { From = "2018", To = "2020-12" })));
    }

    [Fact]
    public async Task Search_with_only_filters_lists_newest_first()
    {
        Assert.Equal(["003", "004", "002", "000"], await seeds.FindAsync("date:..2021"));
    }

    [Theory]
    [InlineData("kind:poem", "not a kind of document")]
    [InlineData("date:2019-13", "not a date")]
    [InlineData("", "Type a word")]
    [InlineData("***", "no word to search for")]
    public async Task Search_bad_query_explains_and_searches_nothing(string query, string message)
    {
        var result = await seeds.SearchAsync(new SearchRequest(query));

        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
        Assert.Empty(result.Hits);
    }

    [Theory]
    [InlineData("organ-slug")]
    [InlineData("speaker-slug")]
    public async Task Search_bad_facet_values_explain(string field)
    {
        var request = field == "organ-slug" ? new SearchRequest("x") { Organ = "../../etc" } : new SearchRequest("x") { Speaker = "' OR 1=1" };

        var result = await seeds.SearchAsync(request);

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public async Task Search_without_results_suggests_nearby_indexed_terms_and_ways_to_loosen()
    {
        var result = await seeds.SearchAsync(new SearchRequest("karabagh"));

        Assert.Equal(0, result.Total);
        Assert.Equal("karabagh", result.Query.Original);
        Assert.Contains(result.Suggestions, s => s is { Word: "karabagh", Term: "karabakh", Query: "karabakh" });
        Assert.NotEmpty(result.Loosen);
    }

    [Fact]
    public async Task Search_suggestion_replaces_only_the_misspelt_word()
    {
        var result = await seeds.SearchAsync(new SearchRequest("Karabagh kind:letter"));

        Assert.Contains(result.Suggestions, s => s.Query == "karabakh kind:letter");
    }

    [Fact]
    public async Task Search_hit_carries_title_kind_and_date()
    {
        var result = await seeds.SearchAsync(new SearchRequest("kind:\"note verbale\""));

        var hit = Assert.Single(result.Hits);
        Assert.Equal(DocumentKind.NoteVerbale, hit.Kind);
        Assert.Equal(new DateOnly(2020, 11, 4), hit.Date);
        Assert.StartsWith("Note verbale dated 4 November 2020", hit.Title, StringComparison.Ordinal);
    }

    private string Seed(SearchHit hit) => seeds.SeedByKey[hit.Slug[^12..]];

    private IReadOnlyList<string> Seeds(SearchResult result)
    {
        Assert.Empty(result.Errors);
        return result.Hits.Select(Seed).ToList();
    }
}
