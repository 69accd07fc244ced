using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Finds where a search's words stand in a body by running the index's analyzer over it once and stopping as soon as the
/// snippets have enough matches or after <see cref="MaxScannedChars"/>: the work grows with the part of the body read,
/// never with the number of matches, and a 10 MB document of one word costs no more than its first lines. The reading
/// starts a little before the first place where one of the words appears as plain text (a stem is usually the start of
/// the word it came from), or at the beginning when none does (a folded letter, a stem that changed a letter).
/// </summary>
public static class BoundedHighlighter
{
    public const int MaxScannedChars = 500_000;
    // Matches this close share a fragment (Snippets' window on either side); reading stops when a fragment past the last
    // one the snippet shows would begin.
    private const int SameFragment = 160;
    private const int MaxFragmentLength = 360;

    // After a match, this much text without another ends the reading: the snippet shows what it has.
    private const int QuietStretch = 3000;

    // Occurrences of one word looked at, at most: three fragments never need more.
    private const int MaxOccurrences = 200;
    private const int Lead = 200;
    private const int Context = 400;

    /// <summary>Snippet fragments, or null when the read part of the body holds none of the words.</summary>
    public static IReadOnlyList<IReadOnlyList<SnippetPart>>? Snippet(string body, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        if (terms.Count == 0 && prefixes.Count == 0)
            return null;
        var scanned = body.Length > MaxScannedChars ? body[..MaxScannedChars] : body;
        if (FromPlainOccurrences(scanned, terms, prefixes, ct) is { } found)
            return found;
        var matches = new List<(int Start, int End)>();
        var start = FirstPlainOccurrence(scanned, terms, prefixes);
        var read = start == 0 ? scanned : scanned[start..];
        using (var stream = ArchiveAnalyzer.Stemmed.GetTokenStream(SearchFields.Body, read))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var tokens = 0;
            var fragments = 0;
            var fragmentStart = 0;
            while (stream.IncrementToken())
            {
                if ((++tokens & 1023) == 0)
                    ct.ThrowIfCancellationRequested();
                if (matches.Count > 0 && start + offset.StartOffset - matches[^1].End > QuietStretch)
                    break;
                var text = term.ToString();
                if (terms.Contains(text) || prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
                {
                    var match = (Start: start + offset.StartOffset, End: start + offset.EndOffset);
                    if (matches.Count == 0 || match.Start - matches[^1].End > SameFragment || match.End - fragmentStart > MaxFragmentLength)
                    {
                        if (++fragments > Snippets.MaxFragments)
                            break;
                        fragmentStart = match.Start;
                    }
                    matches.Add(match);
                }
            }
            stream.End();
        }
        if (matches.Count == 0)
            return null;
        // Only the stretch around the matches is cut into segments.
        var from = Math.Max(0, matches[0].Start - Context);
        var to = Math.Min(scanned.Length, matches[^1].End + Context);
        var window = scanned[from..to];
        return Snippets.Cut(window, matches.Select(m => (m.Start - from, m.End - from)).ToList());
    }

    /// <summary>
    /// The quick way, when the words appear as plain text: find each occurrence with a vectorised search, take the whole
    /// word around it, and keep it when the analyzer makes it one of the search's terms. The cost grows with the number of
    /// occurrences read, not with the length of the text between them. Null when a word has no plain occurrence (it may
    /// stand there with a folded letter, "Əliyev" for "aliyev"): the analyzer then reads the text itself.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<SnippetPart>>? FromPlainOccurrences(string text, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        var words = terms.Concat(prefixes).ToList();
        if (words.Any(w => w.Length < 2))
            return null;
        var spans = new SortedSet<(int Start, int End)>();
        foreach (var word in words)
        {
            var found = 0;
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0 && found < MaxOccurrences;
                at = text.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase), found++)
            {
                var start = at;
                while (start > 0 && ArchiveAnalyzer.IsWordChar(text[start - 1]))
                    start--;
                var end = at + word.Length;
                while (end < text.Length && ArchiveAnalyzer.IsWordChar(text[end]))
                    end++;
                spans.Add((start, end));
            }
            if (found == 0)
                return null;
        }
        var matches = new List<(int Start, int End)>();
        var fragments = 0;
        var fragmentStart = 0;
        var checkedSpans = 0;
        foreach (var span in spans)
        {
            if ((++checkedSpans & 63) == 0)
                ct.ThrowIfCancellationRequested();
            if (matches.Count > 0 && span.Start < matches[^1].End)
                continue;
            var stems = ArchiveAnalyzer.Terms(text[span.Start..span.End], ArchiveAnalyzer.Stemmed);
            if (!stems.Any(t => terms.Contains(t) || prefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal))))
                continue;
            if (matches.Count == 0 || span.Start - matches[^1].End > SameFragment || span.End - fragmentStart > MaxFragmentLength)
            {
                if (++fragments > Snippets.MaxFragments)
                    break;
                fragmentStart = span.Start;
            }
            matches.Add(span);
        }
        if (matches.Count == 0)
            return null;
        var from = Math.Max(0, matches[0].Start - Context);
        var to = Math.Min(text.Length, matches[^1].End + Context);
        return Snippets.Cut(text[from..to], matches.Select(m => (m.Start - from, m.End - from)).ToList());
    }

    // Where to start reading: at a space before the earliest plain-text occurrence of any word, or 0.
    private static int FirstPlainOccurrence(string body, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes)
    {
        var first = -1;
        foreach (var word in terms.Concat(prefixes))
        {
            if (word.Length < 2)
                return 0;
            var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first < 0 || at < first))
                first = at;
        }
        if (first <= Lead)
            return 0;
        var space = body.LastIndexOf(' ', first - Lead);
        return space < 0 ? 0 : space + 1;
    }
}
