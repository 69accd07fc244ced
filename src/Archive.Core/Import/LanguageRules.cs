namespace Archive.Core.Import;

/// <summary>
/// Names the language of a text without an "Original:" line, from evidence in the text itself: the script,
/// or for Latin-script texts the share of a language's commonest short words. Too little evidence gives null.
/// </summary>
public static class LanguageRules
{
    private const int MinimumWords = 30;

    // Function words that dominate running text in each language and rarely appear in the others.
    private static readonly (string Language, HashSet<string> Words)[] Latin =
    [
        ("English", new(StringComparer.OrdinalIgnoreCase) { "the", "of", "and", "to", "in", "is", "that", "for", "with", "on", "we", "our", "this", "has", "have", "by" }),
        ("French", new(StringComparer.OrdinalIgnoreCase) { "le", "la", "les", "des", "et", "du", "est", "une", "dans", "pour", "que", "qui", "nous", "sur", "au", "aux" }),
        ("Spanish", new(StringComparer.OrdinalIgnoreCase) { "el", "los", "las", "del", "y", "en", "que", "por", "para", "una", "con", "es", "su", "al", "nuestro", "como" }),

        // Without these three, Portuguese and Italian prose scored as Spanish or French on shared words like "que" and "la".
        ("Portuguese", new(StringComparer.OrdinalIgnoreCase) { "o", "os", "do", "da", "dos", "das", "em", "no", "na", "um", "uma", "com", "não", "ao", "pelo", "pela", "nossa", "nosso", "são", "é" }),
        ("Italian", new(StringComparer.OrdinalIgnoreCase) { "il", "lo", "gli", "di", "della", "delle", "dei", "degli", "che", "per", "non", "sono", "nel", "nella", "alla", "è", "anche", "questo" }),
        ("German", new(StringComparer.OrdinalIgnoreCase) { "der", "die", "das", "und", "ist", "nicht", "mit", "von", "zu", "den", "dem", "ein", "eine", "für", "auf", "wir", "sich", "im", "dass" }),
    ];

    public static string? Detect(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var sample = text.Length > 20_000 ? text[..20_000] : text;
        var letters = sample.Count(char.IsLetter);
        if (letters == 0)
            return null;
        // Non-Latin scripts say the language (as far as the UN's six go) on their own.
        if (sample.Count(c => c is >= '\u0400' and <= '\u04FF') > letters / 2) return "Russian";
        if (sample.Count(c => c is >= '\u0600' and <= '\u06FF') > letters / 2) return "Arabic";
        if (sample.Count(c => c is >= '\u4E00' and <= '\u9FFF') > letters / 2) return "Chinese";

        var words = sample.Split([' ', '\n', '\r', '\t', ',', '.', ';', ':', '"', '(', ')', '“', '”'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < MinimumWords)
            return null;
        var best = Latin.Select(l => (l.Language, Share: words.Count(l.Words.Contains) / (double)words.Length))
            .OrderByDescending(l => l.Share).First();
        // Ordinary prose of any of these languages is a fifth or more function words.
        return best.Share >= 0.12 ? best.Language : null;
    }
}
