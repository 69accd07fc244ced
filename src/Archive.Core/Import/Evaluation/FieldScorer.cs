using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import.Evaluation;

/// <summary>
/// The comparison rules of the development corpus's score.py, field by field: each value (label or prediction) is reduced
/// to a comparable key, or null when it says nothing. Two values agree when their keys are equal.
/// </summary>
public static partial class FieldScorer
{
    public static readonly IReadOnlyList<string> Fields = ["kind", "date", "speaker", "organ", "session", "agenda_numbers", "symbols"];

    private static readonly string[] Units =
        "zero first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".Split(' ');

    private static readonly (string Word, int Value)[] Tens =
        [("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90)];

    private static readonly (string Word, int Value)[] TenOrdinals =
        [("twentieth", 20), ("thirtieth", 30), ("fortieth", 40), ("fiftieth", 50), ("sixtieth", 60), ("seventieth", 70), ("eightieth", 80), ("ninetieth", 90)];

    private static readonly string[] OrganKeys =
    [
        "general assembly", "security council", "human rights council", "economic and social council", "high commissioner",
        "conference on disarmament", "commission on the status of women", "first committee", "second committee", "third committee",
        "fourth committee", "fifth committee", "sixth committee",
    ];

    /// <summary>The comparable key of one field's value; null when the value is empty.</summary>
    public static string? Key(string field, FieldValue value) => field switch
    {
        "kind" => Kind(value.Text),
        "date" => string.IsNullOrEmpty(value.Text) ? null : value.Text,
        "speaker" => Person(value.Text),
        "organ" => Organs(value.Items ?? (value.Text is null ? null : [value.Text]), value.Items != null),
        "session" => Session(value),
        "agenda_numbers" => Agenda(value.Items),
        "symbols" => Symbols(value.Items),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a scored field"),
    };

    internal static string? Kind(string? v)
    {
        if (string.IsNullOrEmpty(v))
            return null;
        var s = v.ToLowerInvariant();
        if (s.Contains("verbale", StringComparison.Ordinal))
            return "note verbale";
        if (s.Contains("letter", StringComparison.Ordinal))
            return "letter";
        if (s.Contains("news", StringComparison.Ordinal) || s.Contains("press", StringComparison.Ordinal) || s.Contains("report", StringComparison.Ordinal))
            return "news";
        if (new[] { "statement", "remarks", "speech", "explanation", "reply" }.Any(w => s.Contains(w, StringComparison.Ordinal)))
            return "statement";
        return s;
    }

    internal static string? Person(string? v)
    {
        if (string.IsNullOrEmpty(v))
            return null;
        var s = Honorific().Replace(v.ToLowerInvariant(), " ");
        s = NotNameLetter().Replace(s, " ");
        var tokens = s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(t => t.Length > 1);
        var joined = string.Join(' ', tokens);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Organs(IReadOnlyList<string>? v, bool isList)
    {
        if (v is null || v.Count == 0 || (v.Count == 1 && string.IsNullOrEmpty(v[0])))
            return null;
        var parts = isList ? v : OrganSplit().Split(v[0]);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var p = part.ToLowerInvariant();
            foreach (var key in OrganKeys.Where(k => p.Contains(k, StringComparison.Ordinal)))
                found.Add(key);
            if (p.Contains("ohchr", StringComparison.Ordinal))
                found.Add("high commissioner");
        }
        // A committee implies the General Assembly; score.py counts the committee alone.
        if (found.Any(o => o.EndsWith("committee", StringComparison.Ordinal)))
            found.Remove("general assembly");
        return found.Count == 0 ? null : string.Join("|", found);
    }

    // Numbers and words alike come down to "#75"; what is neither stays as written ("$…"), as score.py keeps a string.
    private static string? Session(FieldValue value)
    {
        if (value.Number is { } n)
            return "#" + n.ToString(CultureInfo.InvariantCulture);
        if (value.Text is null)
            return null;
        var s = value.Text.ToLowerInvariant();
        var m = SessionDigits().Match(s);
        if (m.Success && (s.Contains("session", StringComparison.Ordinal) || s.Length <= 4))
            return "#" + int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        foreach (var (word, ten) in TenOrdinals)
        {
            if (s.Contains(word, StringComparison.Ordinal))
                return "#" + ten.ToString(CultureInfo.InvariantCulture);
        }
        var compound = SessionCompound().Match(s);
        if (compound.Success && Array.IndexOf(Units, compound.Groups[2].Value) is var unit and >= 0)
            return "#" + (Tens.First(t => t.Word == compound.Groups[1].Value).Value + unit).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < Units.Length; i++)
        {
            if (Regex.IsMatch(s, $@"\b{Units[i]}\b", RegexOptions.CultureInvariant))
                return "#" + i.ToString(CultureInfo.InvariantCulture);
        }
        return "$" + value.Text;
    }

    private static string? Agenda(IReadOnlyList<string>? v)
    {
        if (v is null)
            return null;
        var numbers = new SortedSet<int>();
        foreach (var item in v)
        {
            var m = LeadingNumber().Match(item);
            if (m.Success)
                numbers.Add(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }
        return numbers.Count == 0 ? null : string.Join(",", numbers);
    }

    private static string? Symbols(IReadOnlyList<string>? v)
    {
        if (v is null || v.Count == 0)
            return null;
        var set = new SortedSet<string>(v.Select(x => Whitespace().Replace(x, "").ToUpperInvariant()), StringComparer.Ordinal);
        return string.Join(" ", set);
    }

    [GeneratedRegex(@"\b(h\.?\s?e\.?|mr|mrs|ms|dr|ambassador|excellency|his|her|prof|sir)\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"[^a-zəçşğıöü\s-]", RegexOptions.CultureInvariant)]
    private static partial Regex NotNameLetter();

    [GeneratedRegex(@";|\band\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganSplit();

    [GeneratedRegex(@"\b(\d{1,3})(st|nd|rd|th)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex SessionDigits();

    [GeneratedRegex(@"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex SessionCompound();

    [GeneratedRegex(@"^\s*(\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
