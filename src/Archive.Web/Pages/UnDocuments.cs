namespace Archive.Web.Pages;

public static class UnDocuments
{
    /// <summary>The official address of a UN document; a joint symbol ("A/79/875-S/2025/248", "A/78/842–S/2024/384") resolves by its first part.</summary>
    public static string Address(string symbol)
    {
        var first = symbol.Split(['-', '\u2013', '\u2014'], 2)[0].Trim();
        return "https://undocs.org/" + Uri.EscapeDataString(first).Replace("%2F", "/", StringComparison.Ordinal);
    }
}
