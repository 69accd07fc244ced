using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Finds where a search's words stand in a body by running the index's analyzer over it once, from the start, and
/// stopping as soon as the snippets have enough matches or after <see cref="MaxScannedChars"/>: the work grows with the
/// part of the body read, never with the number of matches, and a 10 MB document of one word costs no more than its
/// first lines.
/// </summary>
public static class BoundedHighlighter
{
    public const int MaxScannedChars = 500_000;
    private const int EnoughMatches = 24;
    private const int Context = 400;

    /// <summary>Snippet fragments, or null when the read part of the body holds none of the words.</summary>
    public static IReadOnlyList<IReadOnlyList<SnippetPart>>? Snippet(string body, IReadOnlySet<string> terms, IReadOnlyList<string> prefixes, CancellationToken ct)
    {
        if (terms.Count == 0 && prefixes.Count == 0)
            return null;
        var matches = new List<(int Start, int End)>();
        var scanned = body.Length > MaxScannedChars ? body[..MaxScannedChars] : body;
        using (var stream = ArchiveAnalyzer.Stemmed.GetTokenStream(SearchFields.Body, scanned))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            var tokens = 0;
            while (stream.IncrementToken())
            {
                if ((++tokens & 1023) == 0)
                    ct.ThrowIfCancellationRequested();
                var text = term.ToString();
                if (terms.Contains(text) || prefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
                {
                    matches.Add((offset.StartOffset, offset.EndOffset));
                    if (matches.Count >= EnoughMatches)
                        break;
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
}
