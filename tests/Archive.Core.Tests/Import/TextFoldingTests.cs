using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Søren Bjørn Łukasz Straße", "Soren Bjorn Lukasz Strasse")]
    [InlineData("Əliyev İlham", "Aliyev Ilham")]
    [InlineData("Işıl Güneş", "Isil Gunes")]
    [InlineData("Lucía Fernández-Rivero", "Lucia Fernandez-Rivero")]
    [InlineData("ÆSIR æsir Œuvre œuvre", "AESIR aesir OEuvre oeuvre")]
    [InlineData("Đorđe Þór ØRSTED", "Dorde THor ORSTED")]
    [InlineData("Plain ASCII, 2021.", "Plain ASCII, 2021.")]
    [InlineData("", "")]
    public void ToAscii_latin_text_returns_letters_without_diacritics(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.ToAscii(text));
    }
}
