using System.Text.RegularExpressions;

namespace Archive.Core.Import;

/// <summary>Finds UN document symbols in text; joint symbols stay one ("A/79/875-S/2025/248").</summary>
public static class UnSymbols
{
    private const string One =
        @"\b(?:A|S|E|ST|DP|TD|UNEP|CCPR|CERD|CRC|CEDAW|CAT|CMW|CRPD|CED|CD|FCCC|ICCD)(?:/(?:[A-Z][a-z]{1,4}\.\d+|ES-\d+|[A-Z]{1,6}(?:\.\d+)?|\d+(?:\.\d+)?(?:-\d+)?))+";

    // "(A/79/875-S/2025/248)" and "A/74/588–S/2019/907": a dash between two symbols joins them.
    private static readonly Regex Joint = new(
        One + @"(?:[ ]?[-\u2013\u2014][ ]?" + One + ")*",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    private static readonly Regex Whole = new(
        "^" + One + @"(?:[ ]?[-\u2013\u2014][ ]?" + One + ")*$",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>Every symbol in order of first appearance, as written, without repeats.</summary>
    public static IReadOnlyList<string> FindAll(string? text)
    {
        var found = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return found;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Joint.Matches(text))
        {
            var symbol = m.Value.TrimEnd('.');
            if (IsPlausible(symbol) && seen.Add(symbol))
            {
                found.Add(symbol);
            }
        }

        return found;
    }

    /// <summary>True when the whole string is one symbol or a joint symbol ("A/74/588-S/2019/907").</summary>
    public static bool IsSymbol(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return false;
        }

        var t = text.Trim();
        return Whole.IsMatch(t) && IsPlausible(t);
    }

    // "S/he" cannot match (lower case), and "A/C" alone is not a symbol: a real one carries a number.
    private static bool IsPlausible(string symbol) =>
        symbol.Contains('/', StringComparison.Ordinal) && symbol.Any(char.IsAsciiDigit);
}
