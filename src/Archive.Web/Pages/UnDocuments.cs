using System.Text.RegularExpressions;

namespace Archive.Web.Pages;

public static partial class UnDocuments
{
    /// <summary>
    /// The official address of a UN document. A joint symbol ("A/79/875-S/2025/248", "A/78/842–S/2024/384") resolves by
    /// its first part; a dash inside one symbol ("CERD/C/URY/CO/24-25") is part of it and stays.
    /// </summary>
    public static string Address(string symbol)
    {
        var first = JointSeparator().Split(symbol.Trim(), 2)[0].Trim();
        return "https://undocs.org/" + Uri.EscapeDataString(first).Replace("%2F", "/", StringComparison.Ordinal);
    }

    // A dash that starts a second symbol: the next part opens with a body's letters and a slash ("S/", "A/HRC/").
    [GeneratedRegex(@"\s*[-\u2013\u2014]\s*(?=[A-Z][A-Za-z0-9.]*/)")]
    private static partial Regex JointSeparator();
}
