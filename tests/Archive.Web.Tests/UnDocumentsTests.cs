using Archive.Web.Pages;

namespace Archive.Web.Tests;

public class UnDocumentsTests
{
    [Theory]
    [InlineData("A/75/612", "https://undocs.org/A/75/612")]
    [InlineData("A/79/875-S/2025/248", "https://undocs.org/A/79/875")]
    [InlineData("A/78/842\u2013S/2024/384", "https://undocs.org/A/78/842")]
    [InlineData("A/HRC/46/G/6 - S/2021/100", "https://undocs.org/A/HRC/46/G/6")]
    [InlineData("CERD/C/URY/CO/24-25", "https://undocs.org/CERD/C/URY/CO/24-25")]
    [InlineData("A/RES/74/137", "https://undocs.org/A/RES/74/137")]
    public void Address_links_a_joint_symbol_by_its_first_part_and_keeps_a_dash_inside_one_symbol(string symbol, string expected)
    {
        Assert.Equal(expected, UnDocuments.Address(symbol));
    }
}
