namespace Archive.Core.Import;

// A run of non-blank lines: the raw Markdown lines and their plain (emphasis-free) forms.
internal sealed class SourceParagraph(IReadOnlyList<string> raw, IReadOnlyList<bool> hardBreaks)
{
    public IReadOnlyList<string> Raw { get; } = raw;

    // Per line: it ended in two spaces, Markdown's hard line break ("Mr. President,  ").
    public IReadOnlyList<bool> HardBreaks { get; } = hardBreaks;

    public IReadOnlyList<string> Plain { get; } = ToPlain(raw);

    // The plain lines joined by spaces.
    public string Text => _text ??= string.Join(' ', Plain.Where(p => p.Length > 0));

    public string First => Plain.Count > 0 ? Plain[0] : "";

    // Lines from start on, as a paragraph of their own.
    public SourceParagraph From(int start) => new([.. Raw.Skip(start)], [.. HardBreaks.Skip(start)]);

    // Lines before end, as a paragraph of their own.
    public SourceParagraph Before(int end) => new([.. Raw.Take(end)], [.. HardBreaks.Take(end)]);

    private string? _text;

    private static string[] ToPlain(IReadOnlyList<string> raw)
    {
        var plain = new string[raw.Count];
        for (var i = 0; i < plain.Length; i++)
        {
            var r = raw[i];
            plain[i] = r.Length > 2_000 ? r : TextRules.Plain(r);
        }

        return plain;
    }

    // Splits normalised text on blank lines; "---" rules count as blank.
    public static List<SourceParagraph> Split(string text)
    {
        var paragraphs = new List<SourceParagraph>();
        var current = new List<string>();
        var breaks = new List<bool>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (string.IsNullOrWhiteSpace(trimmed) || TextRules.IsRule(trimmed))
            {
                Flush();
                continue;
            }

            current.Add(trimmed.TrimStart());
            breaks.Add(line.EndsWith("  ", StringComparison.Ordinal));
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(new SourceParagraph(current, breaks));
                current = [];
                breaks = [];
            }
        }
    }
}
