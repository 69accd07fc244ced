using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Proposes UN document symbols as written: the masthead's own, those cited in the heading (a footnote "* A/51/50"),
/// a press release number ("SC/15432"), and a joint symbol whose dash extraction dropped ("A/62/667S/2008/55").
/// </summary>
internal static partial class SymbolExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c)
    {
        foreach (var line in c.Heading.Take(30))
        {
            foreach (Match joined in DashLost().Matches(line.Text))
                yield return c.Propose("symbol", joined.Value, line, joined.Index, joined.Length, "joint-symbol-dash-lost", 75);
            foreach (var symbol in UnSymbols.FindAll(line.Text))
            {
                if (!DashLost().Matches(line.Text).Any(j => j.Value.StartsWith(symbol, StringComparison.Ordinal)))
                    yield return c.Propose("symbol", symbol, line, Math.Max(0, line.Text.IndexOf(symbol, StringComparison.Ordinal)), symbol.Length, "heading-symbol", 70);
            }
            // "SC/15432" on its own line: the number of a UN press release.
            if (PressNumber().Match(line.Text) is { Success: true } press)
                yield return c.Propose("symbol", press.Value, line, press.Index, press.Length, "press-release-number", 75);
        }
    }

    // "A/62/667S/2008/55": two symbols run together where the dash was lost.
    [GeneratedRegex(@"\bA/\d{2}/\d{1,4}S/\d{4}/\d{1,4}\b")]
    private static partial Regex DashLost();

    [GeneratedRegex(@"^(?:SC|GA|HRC|ECOSOC|SG/SM|GA/L|GA/EF|GA/SHC|GA/SPD|GA/DIS|GA/AB)/\d{3,6}$")]
    private static partial Regex PressNumber();
}
