using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>Finds dates written in the styles and languages real documents use, each with its span.</summary>
internal static partial class DateFinder
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    public static IEnumerable<(DateOnly Date, int Index, int Length)> FindAll(string text)
    {
        foreach (Match m in DayMonthYear().Matches(text))
        {
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Index, m.Length);
        }
        foreach (Match m in MonthDayYear().Matches(text))
        {
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Index, m.Length);
        }
        foreach (Match m in Iso().Matches(text))
        {
            if (TryMake(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, out var date))
                yield return (date, m.Index, m.Length);
        }
        foreach (Match m in Numeric().Matches(text))
        {
            if (TryNumeric(m, out var date))
                yield return (date, m.Index, m.Length);
        }
    }

    /// <summary>The first date in <paramref name="text"/> by position, if any.</summary>
    public static (DateOnly Date, int Index, int Length)? First(string text)
    {
        (DateOnly, int, int)? best = null;
        foreach (var found in FindAll(text))
        {
            if (best is null || found.Index < best.Value.Item2)
                best = found;
        }
        return best;
    }

    private static bool TryMake(string year, string month, string day, out DateOnly date)
    {
        date = default;
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
            return false;
        var m = int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : Months.GetValueOrDefault(OcrRepaired(month.TrimEnd('.').ToLowerInvariant()));
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    // "12.03.2024" is day first; "29/03/2019" and "7/29/2019" are read the only way that makes a date, and a
    // slash date that could be either ("3/4/2019") is left alone rather than guessed.
    private static bool TryNumeric(Match m, out DateOnly date)
    {
        date = default;
        var a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
        var y = m.Groups["y"].Value;
        if (m.Groups["sep"].Value == ".")
            return TryMake(y, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture), out date);
        if (a > 12)
            return TryMake(y, b.ToString(CultureInfo.InvariantCulture), a.ToString(CultureInfo.InvariantCulture), out date);
        if (b > 12)
            return TryMake(y, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), out date);
        return a == b && TryMake(y, a.ToString(CultureInfo.InvariantCulture), b.ToString(CultureInfo.InvariantCulture), out date);
    }

    // OCR reads "O" as a zero and "m" as "rn": "19 0ctober", "Novernber" are October and November.
    private static string OcrRepaired(string month) => month.Replace('0', 'o').Replace("rn", "m", StringComparison.Ordinal);

    private static Dictionary<string, int> BuildMonths()
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        string[][] languages =
        [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
            ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
            ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
        ];
        foreach (var names in languages)
        {
            for (var i = 0; i < 12; i++)
                months.TryAdd(names[i], i + 1);
        }
        months.TryAdd("sept", 9);
        months.TryAdd("setiembre", 9);
        return months;
    }

    private const string MonthName =
        @"(?<m>January|February|March|April|May|June|July|August|Septe(?:m|rn)ber|[O0]ctober|Nove(?:m|rn)ber|Dece(?:m|rn)ber|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|[O0]ct|Nov|Dec|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|enero|febrero|marzo|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|januari|februari|maj|juni|juli|augusti|oktober|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня)";

    // "12 March 2024", "15th August, 2006", "3 May, 2023", "7 de outubro de 2024", "den 18 januari 2017", "18 марта 2017 г.".
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th|er|º)?(?:\s+of)?\s*(?:de\s+)?" + MonthName + @"\.?,?\s*(?:de\s+|del\s+)?(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    // "March 12, 2024 10:31", "October 7th, 2024", "Sept. 9 2019".
    [GeneratedRegex(@"\b" + MonthName + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    // "2024-03-12", "2024-02-23 22:00".
    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // "12.03.2024", "27.9.2018", "29/03/2019".
    [GeneratedRegex(@"(?<![\d./])(?<a>\d{1,2})(?<sep>[./])(?<b>\d{1,2})\k<sep>(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
