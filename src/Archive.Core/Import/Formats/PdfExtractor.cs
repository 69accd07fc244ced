using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Archive.Core.Import.Formats;

/// <summary>
/// PDFs from the UN's document system and missions: the pages' text joined in reading order, without the furniture
/// printed on every page (running headers and footers, page numbers, job numbers such as "19-20593 (E)"), with words
/// broken at line ends joined again and paragraphs kept apart by their spacing. A PDF without a text layer is refused.
/// </summary>
public sealed partial class PdfExtractor : IFormatExtractor
{
    /// <summary>Lines this close to a page's top or bottom may be furniture.</summary>
    private const int FurnitureLines = 3;

    public string MediaType => "application/pdf";
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];
    public string? SignedAs => "PDF";
    public bool HasSignature(ReadOnlySpan<byte> head) => head.StartsWith("%PDF-"u8);

    public Extraction Extract(byte[] content)
    {
        List<List<PdfLine>> pages;
        try
        {
            using var pdf = PdfDocument.Open(content);
            pages = [.. pdf.GetPages().Select(LinesOf)];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return Extraction.Failed($"The PDF could not be read; it is damaged or not a PDF ({ex.Message}).");
        }
        if (pages.Count == 0)
            return Extraction.Failed("The PDF has no pages.");
        if (pages.All(p => p.Count == 0))
            return Extraction.Failed("The PDF has no text layer: it looks scanned (pages as images). Run it through OCR, or import a text copy.");
        return Extraction.Of(Join(DropFurniture(pages)));
    }

    /// <param name="Gap">Distance from the previous line's baseline on the page, in points (0 for a page's first line).</param>
    private sealed record PdfLine(string Text, double Gap);

    private static List<PdfLine> LinesOf(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        var rows = new List<(double Baseline, double Height, List<Word> Words)>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom))
        {
            var height = Math.Max(word.BoundingBox.Height, 1);
            var row = rows.FindIndex(r => Math.Abs(r.Baseline - word.BoundingBox.Bottom) < Math.Min(r.Height, height) * 0.5);
            if (row < 0)
                rows.Add((word.BoundingBox.Bottom, height, [word]));
            else
                rows[row].Words.Add(word);
        }
        var lines = new List<PdfLine>();
        for (var i = 0; i < rows.Count; i++)
        {
            var text = string.Join(' ', rows[i].Words.OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
            var gap = i == 0 ? 0 : rows[i - 1].Baseline - rows[i].Baseline;
            lines.Add(new PdfLine(text.Trim(), gap));
        }
        return lines;
    }

    /// <summary>
    /// Drops page numbers and job numbers near a page's edges, and lines repeated near the edges of several pages. The
    /// first page keeps its top lines: there the symbol and masthead stand, which later pages repeat as a running header.
    /// </summary>
    private static List<List<PdfLine>> DropFurniture(List<List<PdfLine>> pages)
    {
        var edgeCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var shape in EdgeIndexes(page).Select(i => Shape(page[i].Text)).Distinct())
                edgeCounts[shape] = edgeCounts.GetValueOrDefault(shape) + 1;
        }
        var result = new List<List<PdfLine>>();
        foreach (var (page, number) in pages.Select((p, i) => (p, i)))
        {
            var edges = EdgeIndexes(page).ToHashSet();
            var kept = new List<PdfLine>();
            for (var i = 0; i < page.Count; i++)
            {
                var text = page[i].Text;
                var nearTop = i < FurnitureLines;
                var furniture = IsJobNumberLine(text)
                    || (edges.Contains(i) && IsEdgeFurniture(text, laterPage: number > 0))
                    || (edges.Contains(i) && pages.Count > 1 && edgeCounts[Shape(text)] > 1 && !(number == 0 && nearTop));
                if (!furniture)
                    kept.Add(page[i]);
            }
            result.Add(kept);
        }
        return result;
    }

    private static IEnumerable<int> EdgeIndexes(List<PdfLine> page) =>
        Enumerable.Range(0, page.Count).Where(i => i < FurnitureLines || i >= page.Count - FurnitureLines);

    // "A/74/567 2/5" and "A/74/567 3/5" are one running header: digits do not tell them apart.
    private static string Shape(string line) => Digits().Replace(line, "#");

    /// <summary>
    /// A line at a page's edge holding only page numbers and job numbers ("2/2 19-20593"), or on a later page only the
    /// document's symbol ("A/74/567"), which UN documents print as the running header of every page after the first.
    /// </summary>
    private static bool IsEdgeFurniture(string line, bool laterPage)
    {
        if (PageNumber().IsMatch(line))
            return true;
        var rest = EdgeNumbers().Replace(line, " ").Trim();
        return rest.Length == 0 || (laterPage && Symbol().IsMatch(rest));
    }

    private static bool IsJobNumberLine(string line)
    {
        var rest = JobNumber().Replace(line, "");
        return rest.Length < line.Length && (rest.Trim().Length == 0 || Furniture().IsMatch(rest));
    }

    private static string Join(List<List<PdfLine>> pages)
    {
        var text = new StringBuilder();
        string? previous = null;
        foreach (var page in pages)
        {
            var gaps = page.Skip(1).Select(l => l.Gap).Order().ToList();
            // The usual line spacing: a quarter of the gaps are at most this, even on a page of short paragraphs.
            var usual = gaps.Count == 0 ? 0 : gaps[gaps.Count / 4];
            foreach (var (line, i) in page.Select((l, i) => (l, i)))
            {
                if (previous is not null)
                {
                    // Lines further apart than the page's usual spacing are paragraphs apart.
                    var newParagraph = i > 0 && line.Gap > usual * 1.4;
                    if (!newParagraph && Hyphenated().IsMatch(previous) && line.Text.Length > 0 && char.IsLower(line.Text[0]))
                    {
                        text.Length -= 1;
                        text.Append(line.Text);
                        previous = line.Text;
                        continue;
                    }
                    text.Append(newParagraph ? "\n\n" : "\n");
                }
                text.Append(line.Text);
                previous = line.Text;
            }
        }
        return text.ToString().Trim() + "\n";
    }

    // "19-20593 (E)", "GE.21-08237(E)", "19-20593 (E) 261119 271119", and the barcode "*1920593*".
    [GeneratedRegex(@"(?:GE\.)?\b\d{2}-\d{5}\s*\([A-Z]\)(?:\s+\d{6})*|\*\d{7,}\*")]
    private static partial Regex JobNumber();

    // What stands beside a job number on a UN page's foot: a page number, a symbol, "Please recycle".
    [GeneratedRegex(@"^[\s\d/\-–]*$|^\s*(?:\d+/\d+\s*)?(?:[A-Z]+/[\w./-]+)?\s*(?:Please recycle)?\s*$")]
    private static partial Regex Furniture();

    // "3", "- 3 -", "Page 3", "Page 3 of 12", "3/12", "p. 3".
    [GeneratedRegex(@"^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digits();

    // At a page's edge: "2/12", "19-20593", "19-20593 (E)", "*1920593*".
    [GeneratedRegex(@"(?<!\S)\d{1,4}/\d{1,4}(?!\S)|(?:GE\.)?\b\d{2}-\d{5}\b(?:\s*\([A-Z]\))?|\*\d{7,}\*")]
    private static partial Regex EdgeNumbers();

    // A UN document symbol alone: "A/74/567", "S/2019/912", "A/HRC/46/L.1", "A/74/567-S/2019/912".
    [GeneratedRegex(@"^[A-Z]{1,6}(?:/[A-Z0-9.]+)+(?:-[A-Z]{1,6}(?:/[A-Z0-9.]+)+)?$")]
    private static partial Regex Symbol();

    // "interna-" at a line's end, followed by "tional": a word the typesetter broke.
    [GeneratedRegex(@"\p{Ll}-$")]
    private static partial Regex Hyphenated();
}
