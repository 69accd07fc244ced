using System.Buffers;

namespace Archive.Core.Import;

/// <summary>
/// Names the language of a text without an "Original:" line, from evidence in the text itself: the script,
/// or for Latin-script texts the share of a language's commonest short words. Too little evidence gives null.
/// </summary>
public static class LanguageRules
{
    private const int MinimumWords = 30;

    // Function words that dominate running text in each language and rarely appear in the others.
    private static readonly (string Language, string[] Words)[] Latin =
    [
        ("English", ["the", "of", "and", "to", "in", "is", "that", "for", "with", "on", "we", "our", "this", "has", "have", "by"]),
        ("French", ["le", "la", "les", "des", "et", "du", "est", "une", "dans", "pour", "que", "qui", "nous", "sur", "au", "aux"]),
        ("Spanish", ["el", "los", "las", "del", "y", "en", "que", "por", "para", "una", "con", "es", "su", "al", "nuestro", "como"]),

        // Without these three, Portuguese and Italian prose scored as Spanish or French on shared words like "que" and "la".
        ("Portuguese", ["o", "os", "do", "da", "dos", "das", "em", "no", "na", "um", "uma", "com", "não", "ao", "pelo", "pela", "nossa", "nosso", "são", "é"]),
        ("Italian", ["il", "lo", "gli", "di", "della", "delle", "dei", "degli", "che", "per", "non", "sono", "nel", "nella", "alla", "è", "anche", "questo"]),
        ("German", ["der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "für", "auf", "wir", "sich", "im", "dass"]),
    ];

    // Each function word with the languages (bits, in the order of Latin) it counts for; looked up by span, so the text is
    // read once and no word becomes a string (the parser's costliest step on long speeches before).
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> LanguagesOf = WordLanguages().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Separators = SearchValues.Create(" \n\r\t,.;:\"()“”");

    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var sample = text.AsSpan(0, Math.Min(text.Length, 20_000));
        int letters = 0, cyrillic = 0, arabic = 0, han = 0;
        foreach (var c in sample)
        {
            if (char.IsLetter(c))
                letters++;
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u4E00' and <= '\u9FFF') han++;
        }
        if (letters == 0)
            return null;
        // Non-Latin scripts say the language (as far as the UN's six go) on their own.
        if (cyrillic > letters / 2) return "Russian";
        if (arabic > letters / 2) return "Arabic";
        if (han > letters / 2) return "Chinese";

        Span<int> counts = stackalloc int[Latin.Length];
        var words = 0;
        var rest = sample;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOfAny(Separators);
            var word = end < 0 ? rest : rest[..end];
            if (!word.IsEmpty)
            {
                words++;
                if (LanguagesOf.TryGetValue(word, out var languages))
                {
                    for (var i = 0; i < counts.Length; i++)
                        counts[i] += (languages >> i) & 1;
                }
            }
            if (end < 0)
                break;
            rest = rest[(end + 1)..];
        }
        if (words < MinimumWords)
            return null;
        // The first language with the most function words (ties go to the earlier one).
        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
                best = i;
        }
        // Ordinary prose of any of these languages is a fifth or more function words.
        return counts[best] / (double)words >= 0.12 ? Latin[best].Language : null;
    }

    private static Dictionary<string, int> WordLanguages()
    {
        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Latin.Length; i++)
        {
            foreach (var word in Latin[i].Words)
                languages[word] = languages.GetValueOrDefault(word) | (1 << i);
        }
        return languages;
    }
}
