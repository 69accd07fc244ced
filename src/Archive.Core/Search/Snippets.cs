using System.Text;

namespace Archive.Core.Search;

/// <summary>
/// Cuts snippet fragments out of a body around the words a search matched: a window of words around each match, matches
/// close together in one fragment, at most <see cref="MaxFragments"/> fragments.
/// </summary>
public static class Snippets
{
    public const int MaxFragments = 3;
    private const int Context = 80;
    private const int MaxFragmentLength = 360;

    /// <summary>Fragments of <paramref name="text"/> around the matched ranges (start inclusive, end exclusive, in order).</summary>
    public static IReadOnlyList<IReadOnlyList<SnippetPart>> Cut(string text, IReadOnlyList<(int Start, int End)> matches) =>
        Cut(Segments(text, matches.ToList()));

    private static IReadOnlyList<IReadOnlyList<SnippetPart>> Cut(List<SnippetPart> segments)
    {
        var fragments = new List<IReadOnlyList<SnippetPart>>();
        var i = 0;
        while (i < segments.Count && fragments.Count < MaxFragments)
        {
            var m = segments.FindIndex(i, s => s.IsMatch);
            if (m < 0)
                break;
            var parts = new List<SnippetPart>();
            if (m > 0 && !segments[m - 1].IsMatch)
                parts.Add(new SnippetPart(Tail(segments[m - 1].Text, Context, m - 1 == 0), false));
            parts.Add(segments[m]);
            var length = segments[m].Text.Length;
            var j = m + 1;
            while (j < segments.Count)
            {
                var segment = segments[j];
                if (segment.IsMatch)
                {
                    parts.Add(segment);
                    length += segment.Text.Length;
                    j++;
                    continue;
                }
                if (j + 1 < segments.Count && segment.Text.Length <= 2 * Context && length + segment.Text.Length < MaxFragmentLength)
                {
                    parts.Add(segment);
                    length += segment.Text.Length;
                    j++;
                    continue;
                }
                parts.Add(new SnippetPart(Head(segment.Text, Context, j == segments.Count - 1), false));
                j++;
                break;
            }
            fragments.Add(parts.Where(p => p.Text.Length > 0).ToList());
            i = j;
        }
        return fragments;
    }

    /// <summary>The opening words of a text, for a hit whose body the query did not match (a title or speaker match).</summary>
    public static IReadOnlyList<IReadOnlyList<SnippetPart>> Opening(string text) =>
        text.Length == 0 ? [] : [[new SnippetPart(Head(Squash(text, atLineStart: true), 2 * Context, text.Length <= 2 * Context), false)]];

    private static List<SnippetPart> Segments(string text, List<(int Start, int End)> ranges)
    {
        var segments = new List<SnippetPart>();
        var position = 0;
        foreach (var (start, end) in ranges.OrderBy(r => r.Start))
        {
            if (end <= position)
                continue;
            var from = Math.Max(start, position);
            if (from > position)
                segments.Add(new SnippetPart(Squash(text[position..from], AtLineStart(text, position)), false));
            segments.Add(new SnippetPart(Squash(text[from..end], AtLineStart(text, from)), true));
            position = end;
        }
        if (position < text.Length)
            segments.Add(new SnippetPart(Squash(text[position..], AtLineStart(text, position)), false));
        return segments;
    }

    // Line breaks and Markdown marks read as noise in a one-line snippet: emphasis (* and __) anywhere, heading and quote marks
    // (# and >) where a line starts. Other characters are the text's own ("<b>", "a > b", "file_name") and stay.
    private static string Squash(string text, bool atLineStart)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = false;
        var lineStart = atLineStart;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mark = c == '*'
                || (c == '_' && ((i + 1 < text.Length && text[i + 1] == '_') || (i > 0 && text[i - 1] == '_')))
                || (lineStart && c is '#' or '>');
            if (c == '\n')
                lineStart = true;
            else if (!char.IsWhiteSpace(c) && !mark)
                lineStart = false;
            if (char.IsWhiteSpace(c) || mark)
            {
                if (!space)
                    chars[n++] = ' ';
                space = true;
            }
            else
            {
                chars[n++] = c;
                space = false;
            }
        }
        return new string(chars, 0, n);
    }

    private static bool AtLineStart(string text, int position)
    {
        while (position > 0 && text[position - 1] is ' ' or '\t')
            position--;
        return position == 0 || text[position - 1] == '\n';
    }

    private static string Tail(string text, int length, bool atStart)
    {
        if (text.Length <= length)
            return atStart ? text.TrimStart() : text;
        var cut = text[^length..];
        var space = cut.IndexOf(' ');
        return "…" + (space >= 0 && space < cut.Length - 1 ? cut[(space + 1)..] : cut);
    }

    private static string Head(string text, int length, bool atEnd)
    {
        if (text.Length <= length)
            return atEnd ? text.TrimEnd() : text;
        var cut = text[..length];
        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut) + "…";
    }
}
