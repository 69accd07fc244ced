using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import;

/// <summary>Reads the date styles UN texts use, always with the invariant culture and exact formats.</summary>
public static class DateRules
{
    private static readonly string[] Formats =
    [
        "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy", "dd MMM yyyy",
        "MMMM d, yyyy", "MMMM dd, yyyy", "MMM d, yyyy", "MMM dd, yyyy",
        "MMMM d yyyy", "MMM d yyyy", "d MMMM, yyyy",
        "yyyy-MM-dd",
    ];

    // "*Wednesday, 3rd of March 2021*": the weekday adds nothing and is dropped before parsing.
    private static readonly Regex Weekday = new(
        @"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "3rd of March 2021": suffixes and "of" go before parsing.
    private static readonly Regex DaySuffix = new(
        @"\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Sept.", the UN Editorial Manual's abbreviation (in no test line yet): the invariant culture only knows "Sep".
    private static readonly Regex Sept = new(
        @"\bSept\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // A date at the end of a line: "Geneva, 10 March 2020", "New York, 15 November 2019".
    internal static readonly Regex TrailingDate = new(
        @"(?:^|[\s,])((?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))\.?$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        var s = TextRules.StripEmphasis(text).Trim().TrimEnd('.').Trim();
        s = Weekday.Replace(s, "");
        s = DaySuffix.Replace(s, "$1");
        s = Sept.Replace(s, "Sep");
        s = s.Replace(".", "", StringComparison.Ordinal);
        s = TextRules.CollapseSpaces(s);
        return DateOnly.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>A line that is a date, optionally after a place: "Geneva, 4 November 2020", "06 September 2017".</summary>
    public static bool TryParseWithPlace(string? line, out DateOnly date, out string? place)
    {
        place = null;
        date = default;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 80)
        {
            return false;
        }

        var s = TextRules.StripEmphasis(line).Trim();
        if (TryParse(s, out date))
        {
            return true;
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma <= 0 || !TryParse(s[(comma + 1)..], out date))
        {
            return false;
        }

        var candidate = s[..comma].Trim();
        if (!TextRules.LooksLikePlace(candidate))
        {
            return false;
        }

        place = TextRules.TitleCaseIfShouted(candidate);
        return true;
    }

    // Splits a line ending in a date into the text before it and the date.
    internal static bool TrySplitTrailingDate(string line, out string before, out DateOnly date)
    {
        before = line;
        date = default;
        if (line.Length > 300)
        {
            return false;
        }

        var m = TrailingDate.Match(line);
        if (!m.Success || !TryParse(m.Groups[1].Value, out date))
        {
            return false;
        }

        before = line[..m.Groups[1].Index].TrimEnd(' ', ',', '-', '\u2013');
        return true;
    }

    internal static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
