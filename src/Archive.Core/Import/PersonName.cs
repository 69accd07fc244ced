using System.Globalization;
using System.Text;

namespace Archive.Core.Import;

/// <summary>Name handling for speakers: honorifics, a folded key for matching, and a same-person test.</summary>
public static class PersonName
{
    // Longest first, so "His Excellency" goes before "Excellency". "Minister" is a role, not an honorific, and stays.
    private static readonly string[] Honorifics =
    [
        "The Right Honourable", "The Honourable", "The Honorable", "His Excellency", "Her Excellency", "Rt. Hon.",
        "Excellency", "Honourable", "Honorable", "Ambassador", "Professor", "H.E.", "H. E.", "Hon.", "Prof.",
        "Amb.", "Mrs.", "Mrs", "Ms.", "Ms", "Mr.", "Mr", "Dr.", "Dr", "Sir", "Dame", "Madam", "Mme.", "Mme", "Miss", "HE",
    ];

    /// <summary>"H.E. Mr. Yashar Aliyev" → "Yashar Aliyev"; a lone "Ambassador" is left alone.</summary>
    public static string StripHonorifics(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var s = TextRules.CollapseSpaces(TextRules.StripEmphasis(name)).Trim(' ', ',');
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var h in Honorifics)
            {
                if (s.Length > h.Length + 1
                    && StartsWithHonorific(s, h)
                    && (s[h.Length] == ' ' || h.EndsWith('.')))
                {
                    s = s[h.Length..].TrimStart(' ', ',');
                    changed = true;
                    break;
                }
            }
        }

        return s;
    }

    // "HE" and "Sir" only in their usual capitalisation, so a name like "Heinz" or "SIRAJ" is not cut.
    private static bool StartsWithHonorific(string s, string h) =>
        s.StartsWith(h, h.Length > 3 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>"Tofiq F. Musayev" → "tofiq musayev": lower case, diacritics folded, initials dropped.</summary>
    public static string MatchKey(string? name)
    {
        var stripped = StripHonorifics(name);
        if (stripped.Length == 0)
        {
            return "";
        }

        var sb = new StringBuilder(stripped.Length);
        foreach (var c in stripped.ToLowerInvariant())
        {
            // Azerbaijani and Turkish letters that Unicode decomposition does not fold: "Əliyev", "Işık".
            switch (c)
            {
                case '\u0259': sb.Append('a'); break;
                case '\u0131' or '\u0130': sb.Append('i'); break;
                case '\u00df': sb.Append("ss"); break;
                case '\u00f8': sb.Append('o'); break;
                case '\u00e6': sb.Append("ae"); break;
                case '\u0153': sb.Append("oe"); break;
                case '\u0111': sb.Append('d'); break;
                case '\u0142': sb.Append('l'); break;
                case '\u00fe': sb.Append("th"); break;
                default: sb.Append(c); break;
            }
        }

        var decomposed = sb.ToString().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        // "F." becomes a one-letter word once the dot is gone; such initials say nothing about the person.
        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1);
        return string.Join(' ', words);
    }

    /// <summary>
    /// Same surname key and the first given name equal, or one edit apart when both have four letters or more:
    /// "Tofiq F. Musayev" and "Tofig Musayev" match, "Yashar Aliyev" and "Ilham Aliyev" do not.
    /// </summary>
    public static bool AreSamePerson(string? a, string? b)
    {
        var ka = MatchKey(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kb = MatchKey(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ka.Length < 2 || kb.Length < 2 || ka[^1] != kb[^1])
        {
            return false;
        }

        var ga = ka[0];
        var gb = kb[0];
        if (ga == gb)
        {
            return true;
        }

        return ga.Length >= 4 && gb.Length >= 4 && EditDistanceAtMostOne(ga, gb);
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) <= 1;
    }
}
