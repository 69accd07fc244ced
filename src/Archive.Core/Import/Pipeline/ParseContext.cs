namespace Archive.Core.Import.Pipeline;

/// <summary>What every extractor reads: the normalised text, its zoned lines, and the heading reader's result.</summary>
internal sealed class ParseContext(NormalizedText normalized, IReadOnlyList<SourceLine> lines, ParsedDocument reader)
{
    public NormalizedText Normalized { get; } = normalized;
    public IReadOnlyList<SourceLine> Lines { get; } = lines;

    /// <summary>The line-by-line heading reader's result; its fields enter the resolvers as candidates.</summary>
    public ParsedDocument Reader { get; } = reader;

    public string Text => Normalized.Text;

    /// <summary>Masthead and heading lines, in order.</summary>
    public IEnumerable<SourceLine> Heading => Lines.Where(l => l.Zone is Zone.Heading or Zone.Masthead);

    public IEnumerable<SourceLine> Body => Lines.Where(l => l.Zone is Zone.Body);

    public IEnumerable<SourceLine> Signature => Lines.Where(l => l.Zone is Zone.Signature);

    /// <summary>The first body lines up to about <paramref name="chars"/> characters: a lead paragraph, an opening sentence.</summary>
    public IEnumerable<SourceLine> Opening(int chars)
    {
        var seen = 0;
        foreach (var line in Body)
        {
            if (seen >= chars)
                yield break;
            seen += line.Text.Length;
            yield return line;
        }
    }

    /// <summary>The heading's first line of words (not a date, not a masthead line): usually the page or document title.</summary>
    public SourceLine? TitleLine => Lines.FirstOrDefault(l => l.Zone is Zone.Heading && TextRules.WordCount(WithoutStamp(l.Text)) >= 3);

    /// <summary>" date 2023-04-25 News" → "News": the line without a web capture's date stamp.</summary>
    public static string WithoutStamp(string line) =>
        line.StartsWith("date ", StringComparison.Ordinal) && line.Length >= 15 && char.IsDigit(line[5]) ? line[15..].TrimStart() : line;

    public Documents.DocumentKind Kind { get; set; }

    public Candidate Propose(string field, string? value, SourceLine line, int index, int length, string rule, int strength) =>
        new(field, value, line.Text.Substring(index, Math.Min(length, line.Text.Length - index)), line.Start + index, rule, strength);
}
