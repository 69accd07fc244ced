using System.Text;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Stage 1, decode and normalise: one kind of line break, plain spaces, no invisible characters, and the YAML front
/// matter of a markdown copy read into keys. Offsets of every later stage point into <see cref="Text"/>.
/// </summary>
internal sealed class NormalizedText
{
    private NormalizedText(string text, IReadOnlyDictionary<string, (string Value, int Start)> frontMatter, int frontMatterEnd)
    {
        Text = text;
        FrontMatter = frontMatter;
        FrontMatterEnd = frontMatterEnd;
    }

    public string Text { get; }

    /// <summary>"date: '2022-06-06'" → date = 2022-06-06, with the value's offset.</summary>
    public IReadOnlyDictionary<string, (string Value, int Start)> FrontMatter { get; }

    /// <summary>Where the text after the front matter starts (0 without front matter).</summary>
    public int FrontMatterEnd { get; }

    public static NormalizedText From(string raw)
    {
        var text = Clean(raw);
        var (frontMatter, end) = ReadFrontMatter(text);
        return new NormalizedText(text, frontMatter, end);
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                        i++;
                    break;
                case '\t' or '\u00a0' or '\u2007' or '\u202f':
                    sb.Append(' ');
                    break;
                case '\ufeff' or '\u200b' or '\u00ad':
                    break;
                case '\f' or '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                        sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    // ---
    // title: Statement by the delegate in the Fourth Committee
    // date: '1999-10-04'
    // ---
    private static (Dictionary<string, (string, int)> Keys, int End) ReadFrontMatter(string text)
    {
        var keys = new Dictionary<string, (string, int)>(StringComparer.OrdinalIgnoreCase);
        var start = 0;
        while (start < text.Length && text[start] is ' ' or '\n')
            start++;
        if (!text.AsSpan(start).StartsWith("---\n"))
            return (keys, 0);
        var close = text.IndexOf("\n---", start + 3, StringComparison.Ordinal);
        if (close < 0 || close - start > 5_000)
            return (keys, 0);
        var offset = start + 4;
        foreach (var line in text[offset..Math.Max(offset, close)].Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            // Keys start at the margin; indented lines continue a nested value and are skipped.
            if (colon > 0 && line.Length > 0 && line[0] != ' ' && line[0] != '-')
            {
                var value = line[(colon + 1)..].Trim();
                var valueStart = offset + line.IndexOf(value, colon, StringComparison.Ordinal);
                // "President\_Biden": markdown escapes in a value are the characters themselves.
                keys.TryAdd(line[..colon].Trim(), (value.Trim('\'', '"').Replace("\\_", " ", StringComparison.Ordinal), valueStart));
            }
            offset += line.Length + 1;
        }
        var end = text.IndexOf('\n', close + 1);
        return (keys, end < 0 ? text.Length : end + 1);
    }
}
