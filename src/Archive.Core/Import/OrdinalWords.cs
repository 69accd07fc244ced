using System.Globalization;

namespace Archive.Core.Import;

/// <summary>Reads session ordinals as UN documents write them: "Seventy-fourth", "seventy-ninth", "74th", "one hundred and first".</summary>
public static class OrdinalWords
{
    private static readonly string[] UnitOrdinals =
    [
        "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    private static readonly string[] UnitCardinals =
    [
        "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] TenOrdinals =
        ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static readonly string[] TenCardinals =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 60)
        {
            return false;
        }

        var s = text.Trim().ToLowerInvariant();
        return TryParseDigits(s, out value) || TryParseWords(s, out value);
    }

    // "74th", "21st", "72nd", "3rd": the suffix must agree with the number.
    private static bool TryParseDigits(string s, out int value)
    {
        value = 0;
        if (s.Length < 3 || !char.IsAsciiDigit(s[0]))
        {
            return false;
        }

        var digits = s[..^2];
        var suffix = s[^2..];
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0)
        {
            return false;
        }

        var expected = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        if (suffix != expected)
        {
            return false;
        }

        value = n;
        return true;
    }

    private static bool TryParseWords(string s, out int value)
    {
        value = 0;
        var words = s.Replace('-', ' ').Replace('\u2010', ' ').Replace('\u2011', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "and")
            .ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var total = 0;
        var i = 0;

        // "one hundred and first", "hundredth", "two hundredth"
        var hundreds = 0;
        if (i < words.Count && Array.IndexOf(UnitCardinals, words[i]) is > 0 and var h && i + 1 < words.Count
            && words[i + 1] is "hundred" or "hundredth")
        {
            hundreds = h;
            i++;
        }

        if (i < words.Count && words[i] is "hundred" or "hundredth")
        {
            total = Math.Max(hundreds, 1) * 100;
            if (words[i] == "hundredth")
            {
                value = total;
                return i == words.Count - 1;
            }

            i++;
            if (i == words.Count)
            {
                return false;
            }
        }
        else if (hundreds > 0)
        {
            return false;
        }

        var remaining = words.Count - i;
        if (remaining == 1)
        {
            var unit = Array.IndexOf(UnitOrdinals, words[i]);
            var ten = Array.IndexOf(TenOrdinals, words[i]);
            if (unit > 0)
            {
                value = total + unit;
                return true;
            }

            if (ten > 1)
            {
                value = total + ten * 10;
                return true;
            }

            return false;
        }

        if (remaining == 2)
        {
            var ten = Array.IndexOf(TenCardinals, words[i]);
            var unit = Array.IndexOf(UnitOrdinals, words[i + 1]);
            if (ten > 1 && unit is > 0 and < 10)
            {
                value = total + ten * 10 + unit;
                return true;
            }
        }

        return false;
    }
}
