using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class SlugsTests
{
    [Theory]
    [InlineData("Tofiq F. Musayev", "tofiq-f-musayev")]
    [InlineData("Søren Bjørn Łukasz Straße", "soren-bjorn-lukasz-strasse")]
    [InlineData("İlham Əliyev", "ilham-aliyev")]
    [InlineData("  --  ", "")]
    [InlineData("Office of the United Nations High Commissioner for Human Rights", "office-of-the-united-nations-high-commissioner-for-human")]
    public void From_text_gives_lower_case_ascii_words_cut_at_a_word(string text, string expected)
    {
        Assert.Equal(expected, Slugs.From(text));
    }
}
