using System.Buffers;
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

    // Characters the cleaning changes: carriage returns, tabs and odd spaces, invisible marks, other control characters.
    private static readonly SearchValues<char> Unclean = SearchValues.Create(
        "\r\t\u00a0\u2007\u202f\ufeff\u200b\u00ad\f\u2028\u2029\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u000f"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\u007f"
        + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f");

    private static string Clean(string text)
    {
        // Most texts need nothing; they are kept as they are without a copy.
        if (text.AsSpan().IndexOfAny(Unclean) < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (rest.Length > 0)
        {
            // Copy the clean run at once, then deal with the one character after it.
            var at = rest.IndexOfAny(Unclean);
            if (at < 0)
            {
                sb.Append(rest);
                break;
            }
            sb.Append(rest[..at]);
            var c = rest[at];
            rest = rest[(at + 1)..];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (rest.Length > 0 && rest[0] == '\n')
                        rest = rest[1..];
                    break;
                case '\t' or '\u00a0' or '\u2007' or '\u202f':
                    sb.Append(' ');
                    break;
                case '\f' or '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    // Byte-order marks, zero-width spaces, soft hyphens and other control characters go.
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
