using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class ResolutionCitationsTests
{
    [Fact]
    public void FindAll_list_followed_by_its_organ_gives_every_item_that_organ()
    {
        var found = ResolutionCitations.FindAll("In its Resolutions 822 (1993), 853 (1993), 874 (1993), and 884 (1993), the UN Security Council expressed");

        Assert.Equal([822, 853, 874, 884], found.Select(r => r.Number));
        Assert.All(found, r => Assert.Equal("Security Council", r.Organ));
    }

    [Fact]
    public void FindAll_list_with_years_returns_each_resolution()
    {
        var found = ResolutionCitations.FindAll("In its Resolutions 822 (1993), 853 (1993), 874 (1993), and 884 (1993), the Council");

        Assert.Equal(
            [new ParsedResolution(822, 1993, null), new ParsedResolution(853, 1993, null), new ParsedResolution(874, 1993, null), new ParsedResolution(884, 1993, null)],
            found);
    }

    [Fact]
    public void FindAll_repeated_numbers_returns_one_entry_each_with_details_merged()
    {
        var found = ResolutionCitations.FindAll(
            "resolutions 874 (1993) and 884 (1993). Later, UN Security Council Resolutions 874 and 884 were implemented.");

        Assert.Equal([new ParsedResolution(874, 1993, "Security Council"), new ParsedResolution(884, 1993, "Security Council")], found);
    }

    [Fact]
    public void FindAll_same_number_from_two_organs_returns_two_entries()
    {
        var found = ResolutionCitations.FindAll(
            "Security Council resolution 242 (1967) and, years before, General Assembly resolution 242 (1948) were cited.");

        Assert.Equal([new ParsedResolution(242, 1967, "Security Council"), new ParsedResolution(242, 1948, "General Assembly")], found);
    }

    [Fact]
    public void FindAll_same_number_with_two_years_returns_two_entries()
    {
        var found = ResolutionCitations.FindAll("resolution 242 (1967) and resolution 242 (1948)");

        Assert.Equal([new ParsedResolution(242, 1967, null), new ParsedResolution(242, 1948, null)], found);
    }

    [Theory]
    [InlineData("resolution 822 (1993)", 822, 1993, null)]
    [InlineData("Security Council resolution 2334 (2016)", 2334, 2016, "Security Council")]
    [InlineData("S/RES/2334 (2016)", 2334, 2016, "Security Council")]
    [InlineData("resolution 1325(2000)", 1325, 2000, null)]
    [InlineData("resolution 1325", 1325, null, null)]
    [InlineData("In its resolution 822 (1993), the UN Security Council demanded", 822, 1993, "Security Council")]
    [InlineData("resolution 1325 (2000), the General Assembly noted", 1325, 2000, "General Assembly")]
    [InlineData("resolution 1325 (2000), and the Security Council later", 1325, 2000, null)]
    public void FindAll_single_citation_returns_number_year_and_organ(string text, int number, int? year, string? organ)
    {
        Assert.Equal(new ParsedResolution(number, year, organ), Assert.Single(ResolutionCitations.FindAll(text)));
    }

    [Theory]
    [InlineData("General Assembly resolution 60/1", "A/RES/60/1")]
    [InlineData("Human Rights Council resolution 7/19", "A/HRC/RES/7/19")]
    public void Find_session_numbered_citation_returns_symbol_not_number(string text, string symbol)
    {
        var (resolutions, symbols) = ResolutionCitations.Find(text);

        Assert.Empty(resolutions);
        Assert.Equal([symbol], symbols);
    }

    [Theory]
    [InlineData("special procedures mandated under resolution 51/12.", "Human Rights Council", "A/HRC/RES/51/12")]
    [InlineData("We recall resolution 77/154.", "General Assembly", "A/RES/77/154")]
    [InlineData("Security Council resolution 77/154 aside, the Council", "Human Rights Council", null)]
    [InlineData("under resolution 51/12.", "Security Council", null)]
    [InlineData("under resolution 51/12.", null, null)]
    public void Find_bare_session_numbered_citation_takes_the_document_organ_only_for_council_and_assembly(string text, string? organ, string? symbol)
    {
        var (_, symbols) = ResolutionCitations.Find(text, organ);

        Assert.Equal(symbol is null ? [] : [symbol], symbols);
    }

    [Theory]
    [InlineData("a peaceful resolution of the conflict")]
    [InlineData("resolution 12 (1812)")]
    [InlineData("")]
    public void FindAll_text_without_citation_returns_empty(string text)
    {
        Assert.Empty(ResolutionCitations.FindAll(text));
    }
}
