using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import;

/// <summary>
/// Reads resolution citations: "resolution 822 (1993)", "Resolutions 822 (1993), 853 (1993), 874 (1993), and 884 (1993)",
/// "S/RES/2334 (2016)". Session-numbered citations ("General Assembly resolution 60/1") have no year, so they are not
/// forced into number and year: they are returned as the symbol they denote ("A/RES/60/1") for the cited symbols.
/// A bare "resolution 51/12" with no organ before it is derived from the document's primary organ, and only for the
/// Human Rights Council ("A/HRC/RES/51/12") and the General Assembly ("A/RES/77/154"), whose resolutions are numbered
/// by session; any other organ leaves it uncited.
/// </summary>
public static class ResolutionCitations
{
    // "In its Resolutions 822 (1993), 853 (1993)": the keyword, then a list read by hand below.
    private static readonly Regex Keyword = new(
        @"\b[Rr]esolutions?\b|\b[SA]/RES/",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    // "822 (1993)", "874", "43/1" at the start of what follows the keyword.
    private static readonly Regex Item = new(
        @"^\s*(?:(\d{1,3})/(\d{1,4})|(\d{1,4})(?:\s*\((\d{4})\))?)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static IReadOnlyList<ParsedResolution> FindAll(string? text) => Find(text).Resolutions;

    /// <summary>Resolutions with a number (and year when given), plus the symbols of session-numbered ones.</summary>
    public static (IReadOnlyList<ParsedResolution> Resolutions, IReadOnlyList<string> SessionSymbols) Find(string? text) => Find(text, null);

    /// <summary>As above; a session-numbered citation with no organ before it belongs to <paramref name="documentOrgan"/>
    /// when that is the Human Rights Council or the General Assembly.</summary>
    public static (IReadOnlyList<ParsedResolution> Resolutions, IReadOnlyList<string> SessionSymbols) Find(string? text, string? documentOrgan)
    {
        var list = new List<ParsedResolution>();
        var symbols = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return (list, symbols);
        }

        foreach (Match k in Keyword.Matches(text))
        {
            var organ = OrganBefore(text, k.Index);
            if (k.Value.Contains('/', StringComparison.Ordinal))
            {
                organ = k.Value[0] == 'S' ? OrganNames.SecurityCouncil : OrganNames.GeneralAssembly;
            }

            var pos = k.Index + k.Length;
            var first = true;
            var cited = new List<ParsedResolution>();
            while (pos < text.Length)
            {
                var window = text.Substring(pos, Math.Min(40, text.Length - pos));
                var separator = 0;
                if (!first)
                {
                    var sep = AgendaRules.ListSeparator.Match(window);
                    if (!sep.Success)
                    {
                        break;
                    }

                    separator = sep.Length;
                    window = text.Substring(pos + separator, Math.Min(40, text.Length - pos - separator));
                }

                var m = Item.Match(window);
                if (!m.Success)
                {
                    break;
                }

                pos += separator + m.Length;
                first = false;
                if (m.Groups[1].Success)
                {
                    var session = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    var number = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                    // "special procedures mandated under resolution 51/12" in a statement to the Human Rights Council:
                    // the Council's own resolution, A/HRC/RES/51/12 (the Assembly's likewise, A/RES/…).
                    var sessionOrgan = organ ?? (documentOrgan is OrganNames.HumanRightsCouncil or OrganNames.GeneralAssembly ? documentOrgan : null);
                    if (sessionOrgan == OrganNames.HumanRightsCouncil)
                    {
                        symbols.Add($"A/HRC/RES/{session}/{number}");
                    }
                    else if (sessionOrgan == OrganNames.GeneralAssembly)
                    {
                        symbols.Add($"A/RES/{session}/{number}");
                    }

                    continue;
                }

                var n = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                int? year = m.Groups[4].Success ? int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture) : null;
                if (n <= 0 || year is < 1945 or > 2100)
                {
                    continue;
                }

                cited.Add(new ParsedResolution(n, year, organ));
            }

            var named = organ ?? OrganAfter(text, pos);
            list.AddRange(cited.Select(r => r with { Organ = named }));
        }

        return (Merge(list), symbols.Distinct(StringComparer.Ordinal).ToList());
    }

    // "Security Council Resolutions 874 and 884" repeats earlier numbers: one entry per resolution, details merged.
    // Two citations are one resolution only when the number matches and neither organ nor year contradicts:
    // Security Council resolution 242 and General Assembly resolution 242 stay two.
    private static List<ParsedResolution> Merge(List<ParsedResolution> found)
    {
        var merged = new List<ParsedResolution>();
        foreach (var r in found)
        {
            var i = merged.FindIndex(m => m.Number == r.Number && Agree(m.Organ, r.Organ) && Agree(m.Year, r.Year));
            if (i >= 0)
            {
                merged[i] = merged[i] with { Year = merged[i].Year ?? r.Year, Organ = merged[i].Organ ?? r.Organ };
            }
            else
            {
                merged.Add(r);
            }
        }

        return merged;
    }

    private static bool Agree<T>(T? a, T? b) => a is null || b is null || EqualityComparer<T>.Default.Equals(a, b);

    // "In its Resolutions 822 (1993), …, and 884 (1993), the UN Security Council expressed": the organ right after the list.
    private static readonly Regex OrganFollowing = new(
        @"^\s*,?\s*(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?(Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static string? OrganAfter(string text, int index)
    {
        var window = text.Substring(index, Math.Min(60, text.Length - index));
        var match = OrganFollowing.Match(window);
        return match.Success ? OrganNames.Recognize(TextRules.CollapseSpaces(match.Groups[1].Value)) : null;
    }

    // "UN Security Council Resolutions 874": the organ must come right before the keyword.
    private static string? OrganBefore(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        var before = text[start..index].TrimEnd();
        foreach (var organ in new[] { OrganNames.SecurityCouncil, OrganNames.GeneralAssembly, OrganNames.HumanRightsCouncil, OrganNames.EconomicAndSocialCouncil })
        {
            if (before.EndsWith(organ, StringComparison.OrdinalIgnoreCase)
                || before.EndsWith(organ + "'s", StringComparison.OrdinalIgnoreCase))
            {
                return organ;
            }
        }

        return null;
    }
}
