using System.Globalization;
using System.Text;

namespace Archive.Core.Import;

// Small text helpers shared by the parsing rules.
internal static class TextRules
{
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "the", "to", "and", "for", "in", "on", "at", "by", "a", "an", "or", "with",
    };

    // Removes Markdown emphasis markers: "**Statement by H.E. Mr. Yashar Aliyev" → "Statement by H.E. Mr. Yashar Aliyev".
    public static string StripEmphasis(string s)
    {
        if (s.IndexOf('*') < 0 && s.IndexOf('_') < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '*')
            {
                continue;
            }

            // "__bold__" markers only; a lone "_" inside a word stays.
            if (c == '_' && ((i + 1 < s.Length && s[i + 1] == '_') || (i > 0 && s[i - 1] == '_')))
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static string CollapseSpaces(string s)
    {
        if (IsCollapsed(s))
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool IsCollapsed(string s)
    {
        if (s.Length == 0)
        {
            return true;
        }

        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1]))
        {
            return false;
        }

        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || s[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    // The text of a line for metadata: no emphasis, single spaces, trimmed.
    public static string Plain(string line) => CollapseSpaces(StripEmphasis(StripHeadingMarks(line)));

    // "# Explanation of Position by the United Kingdom …": a Markdown heading's marks are not part of its text.
    public static string StripHeadingMarks(string line)
    {
        var hashes = 0;
        while (hashes < line.Length && hashes < 7 && line[hashes] == '#')
            hashes++;
        if (hashes is 0 or > 6 || (hashes < line.Length && line[hashes] != ' '))
            return line;
        return line[hashes..].TrimEnd('#', ' ').Trim();
    }

    // "---" and "***" lines between letterhead blocks.
    public static bool IsRule(string line)
    {
        var t = line.Trim();
        if (t.Length < 3)
        {
            return false;
        }

        foreach (var c in t)
        {
            if (c is not ('-' or '*' or '_' or ' ' or '=' or '\u2014' or '\u2013'))
            {
                return false;
            }
        }

        return true;
    }

    // "Geneva", "New York", "BAKU": a short run of capitalised words without digits.
    public static bool LooksLikePlace(string s)
    {
        if (s.Length is 0 or > 40 || !char.IsUpper(s[0]))
        {
            return false;
        }

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4)
        {
            return false;
        }

        return s.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '.');
    }

    // "PERMANENT MISSION OF THE REPUBLIC OF GHANA TO THE UNITED NATIONS": shouted when capitals outnumber small letters
    // three to one, so a title-case heading such as "General Debate of the 72nd Session" is left alone.
    public static bool IsMostlyUpper(string s)
    {
        int upper = 0, lower = 0;
        foreach (var c in s)
        {
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }

        return upper > 0 && upper > lower * 3;
    }

    // "THE PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN" → "The Permanent Mission of the Republic of Azerbaijan".
    public static string TitleCase(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            if (i > 0 && SmallWords.Contains(w))
            {
                words[i] = w.ToLowerInvariant();
                continue;
            }

            // Acronyms such as "UN" and "OSCE" keep their capitals.
            if (w.Length <= 2 && w.All(char.IsUpper) && w is not ("OF" or "TO" or "IN" or "ON" or "AT" or "BY"))
            {
                continue;
            }

            words[i] = string.Join('-', w.Split('-').Select(p => p.Length == 0
                ? p
                : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
        }

        return string.Join(' ', words);
    }

    public static string TitleCaseIfShouted(string s) => IsMostlyUpper(s) ? TitleCase(s) : s;

    public static string UpperFirst(string s) =>
        s.Length == 0 ? s : char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];

    // Lower-cases the first letter unless the first two words are both capitalised ("General Debate").
    public static string LowerFirstForSentence(string s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0]) || char.IsUpper(s[1]))
        {
            return s;
        }

        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && space + 1 < s.Length && char.IsUpper(s[space + 1]))
        {
            return s;
        }

        return char.ToLower(s[0], CultureInfo.InvariantCulture) + s[1..];
    }

    // Finds <paramref name="word"/> with letters (not digits) on neither side, ignoring case.
    public static int IndexOfWord(string text, string word, int start = 0)
    {
        var i = start;
        while (i <= text.Length - word.Length)
        {
            var at = text.IndexOf(word, i, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return -1;
            }

            var beforeOk = at == 0 || !char.IsLetter(text[at - 1]);
            var end = at + word.Length;
            var afterOk = end >= text.Length || !char.IsLetter(text[end]);
            if (beforeOk && afterOk)
            {
                return at;
            }

            i = at + 1;
        }

        return -1;
    }

    public static string TrimLeadingThe(string s) =>
        s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..].TrimStart() : s;

    public static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
