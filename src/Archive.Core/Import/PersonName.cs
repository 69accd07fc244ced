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

        var folded = new StringBuilder(stripped.Length);
        foreach (var c in TextFolding.ToAscii(stripped))
        {
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        // "F." becomes a one-letter word once the dot is gone; such initials say nothing about the person.
        var words = folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 1);
        return string.Join(' ', words);
    }

    /// <summary>
    /// Same person when the first given name and the surname are equal after folding and after undoing the usual
    /// differences between romanisations: "Tofiq F. Musayev" = "Tofig Musayev", "Mohammed Ali" = "Mohamed Ali",
    /// "Yashar Aliyev" = "Jashar Aliyev"; but "Ivan Petrov" ≠ "Ivana Petrov" and "Yashar Aliyev" ≠ "Ilham Aliyev".
    /// </summary>
    public static bool AreSamePerson(string? a, string? b)
    {
        var ka = MatchKey(a).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kb = MatchKey(b).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (ka.Length < 2 || kb.Length < 2)
        {
            return false;
        }

        return RomanisationKey(ka[^1]) == RomanisationKey(kb[^1]) && RomanisationKey(ka[0]) == RomanisationKey(kb[0]);
    }

    // One spelling per name for the variants that romanisations of the same name produce. Kept short on purpose:
    // every rule here merges only spellings that one written name is really given in English-language UN texts.
    internal static string RomanisationKey(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            // "Jashar"/"Yashar", "Jurij"/"Yuriy": German and Slavic-style romanisations write j where English writes y.
            var letter = c == 'j' ? 'y' : c;

            // "Mohammed"/"Mohamed", "Hasan"/"Hassan": doubled letters come and go between transliterations.
            if (sb.Length > 0 && sb[^1] == letter)
            {
                continue;
            }

            sb.Append(letter);
        }

        // "Tofiq"/"Tofig": Azerbaijani final q is voiced and often written g (from the Russian "Тофиг").
        if (sb.Length > 1 && sb[^1] == 'q')
        {
            sb[^1] = 'g';
        }

        return sb.ToString();
    }

    // "Madam President" loses its honorific and leaves "President": a title, not a person's name.
    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Vice-President", "Chair", "Chairperson", "Chairman", "Chairwoman", "Co-Chair", "Co-Chairs",
        "Vice-Chair", "Moderator", "Facilitator", "Co-Facilitator", "Secretary-General", "Deputy Secretary-General",
        "High Commissioner", "Rapporteur", "Special Rapporteur", "Minister", "Ambassador", "Delegate", "Speaker",
    };

    /// <summary>True when the name, honorifics removed, is only a title: "Madam President", "Mr. Chair".</summary>
    public static bool IsOnlyTitle(string? name)
    {
        var s = TextRules.TrimLeadingThe(StripHonorifics(name)).Trim(' ', '.', ',');
        return s.Length > 0 && TitleWords.Contains(s);
    }
}
