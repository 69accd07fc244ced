using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class OrdinalWordsTests
{
    [Theory]
    [InlineData("Seventy-fourth", 74)]
    [InlineData("seventy-ninth", 79)]
    [InlineData("Forty-fourth", 44)]
    [InlineData("seventy fourth", 74)]
    [InlineData("74th", 74)]
    [InlineData("72nd", 72)]
    [InlineData("21st", 21)]
    [InlineData("3rd", 3)]
    [InlineData("11th", 11)]
    [InlineData("113th", 113)]
    [InlineData("first", 1)]
    [InlineData("Twelfth", 12)]
    [InlineData("nineteenth", 19)]
    [InlineData("twentieth", 20)]
    [InlineData("ninetieth", 90)]
    [InlineData("hundredth", 100)]
    [InlineData("one hundredth", 100)]
    [InlineData("one hundred and first", 101)]
    [InlineData("one hundred and twenty-third", 123)]
    public void TryParse_ordinal_returns_number(string text, int expected)
    {
        Assert.True(OrdinalWords.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("seventy")]
    [InlineData("74")]
    [InlineData("74st")]
    [InlineData("11st")]
    [InlineData("the")]
    [InlineData("fourth seventy")]
    [InlineData("")]
    [InlineData("one hundred")]
    public void TryParse_non_ordinal_returns_false(string text)
    {
        Assert.False(OrdinalWords.TryParse(text, out _));
    }
}
