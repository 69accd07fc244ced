using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class DateRulesTests
{
    [Theory]
    [InlineData("06 September 2017", 2017, 9, 6)]
    [InlineData("6 September 2017", 2017, 9, 6)]
    [InlineData("September 6, 2017", 2017, 9, 6)]
    [InlineData("September 21, 2017", 2017, 9, 21)]
    [InlineData("2025-07-01", 2025, 7, 1)]
    [InlineData("Monday, 6 September 2017", 2017, 9, 6)]
    [InlineData("6th of September 2017", 2017, 9, 6)]
    [InlineData("September 6th, 2017", 2017, 9, 6)]
    [InlineData("Sept. 6, 2017", 2017, 9, 6)]
    [InlineData("6 Sep 2017", 2017, 9, 6)]
    [InlineData("*25 May 2021*", 2021, 5, 25)]
    [InlineData("27 NOVEMBER 2019", 2019, 11, 27)]
    [InlineData("29 February 2020", 2020, 2, 29)]
    public void TryParse_known_style_returns_date(string text, int year, int month, int day)
    {
        Assert.True(DateRules.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31 February 2019")]
    [InlineData("29 February 2019")]
    [InlineData("2019-13-01")]
    [InlineData("2019-02-30")]
    [InlineData("32 May 2021")]
    [InlineData("Smarch 3, 2020")]
    [InlineData("July 1")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("the statement dated 2 November 2020 on the conflict")]
    public void TryParse_invalid_or_partial_date_returns_false(string text)
    {
        Assert.False(DateRules.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Geneva, 4 November 2020", "Geneva", 2020, 11, 4)]
    [InlineData("New York, 15 November 2019", "New York", 2019, 11, 15)]
    [InlineData("NEW YORK, 25 September 2019", "New York", 2019, 9, 25)]
    [InlineData("06 September 2017", null, 2017, 9, 6)]
    [InlineData("Monday, 6 September 2017", null, 2017, 9, 6)]
    public void TryParseWithPlace_closing_line_returns_place_and_date(string line, string? place, int year, int month, int day)
    {
        Assert.True(DateRules.TryParseWithPlace(line, out var date, out var actualPlace));
        Assert.Equal(new DateOnly(year, month, day), date);
        Assert.Equal(place, actualPlace);
    }

    [Theory]
    [InlineData("Around 350,000 people, 4 November 2020")]
    [InlineData("Geneva, sometime in November")]
    public void TryParseWithPlace_sentence_returns_false(string line)
    {
        Assert.False(DateRules.TryParseWithPlace(line, out _, out _));
    }
}
