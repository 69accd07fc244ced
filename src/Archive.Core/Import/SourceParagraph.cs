namespace Archive.Core.Import;

// A run of non-blank lines: the raw Markdown lines and their plain (emphasis-free) forms.
internal sealed class SourceParagraph(IReadOnlyList<string> raw, IReadOnlyList<bool> hardBreaks)
{
    public IReadOnlyList<string> Raw { get; } = raw;

    // Per line: it ended in two spaces, Markdown's hard line break ("Mr. President,  ").
    public IReadOnlyList<bool> HardBreaks { get; } = hardBreaks;

    public IReadOnlyList<string> Plain { get; } = raw.Select(r => r.Length > 2_000 ? r : TextRules.Plain(r).Trim()).ToList();

    // The plain lines joined by spaces.
    public string Text => _text ??= string.Join(' ', Plain.Where(p => p.Length > 0));

    public string First => Plain.Count > 0 ? Plain[0] : "";

    private string? _text;

    // Splits normalised text on blank lines; "---" rules count as blank.
    public static List<SourceParagraph> Split(string text)
    {
        var paragraphs = new List<SourceParagraph>();
        var current = new List<string>();
        var breaks = new List<bool>();
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.TrimEnd();
            if (trimmed.Trim().Length == 0 || TextRules.IsRule(trimmed))
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
