using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class UnSymbolsTests
{
    [Theory]
    [InlineData("as described in his report (A/79/875-S/2025/248), the respect", "A/79/875-S/2025/248")]
    [InlineData("document A/74/588\u2013S/2019/907 refers", "A/74/588\u2013S/2019/907")]
    [InlineData("draft resolution A/C.3/74/L.27 was adopted", "A/C.3/74/L.27")]
    [InlineData("see A/HRC/46/9.", "A/HRC/46/9")]
    [InlineData("resolution S/RES/2334 (2016)", "S/RES/2334")]
    [InlineData("E/CN.6/2020/3 and more", "E/CN.6/2020/3")]
    [InlineData("in CERD/C/URY/CO/24-25 and", "CERD/C/URY/CO/24-25")]
    [InlineData("the record S/PV.8780 shows", "S/PV.8780")]
    [InlineData("addendum A/74/588/Add.1", "A/74/588/Add.1")]
    public void FindAll_text_with_symbol_returns_it_whole(string text, string expected)
    {
        Assert.Equal([expected], UnSymbols.FindAll(text));
    }

    [Theory]
    [InlineData("Ref: 0461/27/20/22")]
    [InlineData("in 1987-1992 and/or later")]
    [InlineData("s/he said A/C")]
    [InlineData("")]
    public void FindAll_text_without_symbol_returns_empty(string text)
    {
        Assert.Empty(UnSymbols.FindAll(text));
    }

    [Fact]
    public void FindAll_repeated_symbol_returns_it_once()
    {
        Assert.Equal(["A/75/612", "S/2020/1"], UnSymbols.FindAll("A/75/612 and S/2020/1, again A/75/612."));
    }

    [Theory]
    [InlineData("A/75/612", true)]
    [InlineData("A/76/845\u2013S/2022/401", true)]
    [InlineData("A/75/612 is a letter", false)]
    [InlineData("General Assembly", false)]
    public void IsSymbol_line_is_true_only_when_the_whole_line_is_a_symbol(string line, bool expected)
    {
        Assert.Equal(expected, UnSymbols.IsSymbol(line));
    }
}
