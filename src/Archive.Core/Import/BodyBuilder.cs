using System.Text;

namespace Archive.Core.Import;

// Turns the body paragraphs into clean Markdown: furniture out, page-split paragraphs joined, signatures kept.
internal static class BodyBuilder
{
    // A paragraph ending in one of these words cannot end there: "mastered by the" / "advancing national and".
    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "nor", "but", "of", "to", "in", "by", "for", "with", "on", "at", "from",
        "that", "which", "as", "its", "their", "his", "her", "our", "is", "are", "was", "were", "be", "has", "have", "not",
    };

    public static string Build(IReadOnlyList<SourceParagraph> paragraphs)
    {
        var kept = new List<List<string>>();
        var signed = new List<bool>();
        foreach (var p in paragraphs)
        {
            if (IsAddressBlock(p))
            {
                continue;
            }

            var furniture = FurnitureLines(p);
            var lines = new List<string>();
            for (var i = 0; i < p.Raw.Count; i++)
            {
                if (!furniture[i])
                {
                    // A trailing double space was a hard break; it becomes a visible "\\" one.
                    var hard = p.HardBreaks[i] && i < p.Raw.Count - 1;
                    lines.Add(hard ? p.Raw[i] + "\\" : p.Raw[i]);
                }
            }

            if (lines.Count == 0)
            {
                continue;
            }

            var isSigned = IsSignedLine(p.First);
            if (kept.Count > 0 && !isSigned && !signed[^1] && ContinuesAcrossPageBreak(kept[^1][^1], lines[0]))
            {
                kept[^1][^1] = kept[^1][^1] + " " + lines[0];
                kept[^1].AddRange(lines.Skip(1));
                continue;
            }

            kept.Add(lines);
            signed.Add(isSigned);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0)
            {
                sb.Append("\n\n");
            }

            // "(Signed) Yashar Aliyev / Ambassador / Permanent Representative" keeps its lines as hard breaks.
            var lines = kept[i];
            var hard = signed[i] || IsLineBlock(lines);
            sb.AppendJoin('\n', hard ? lines.Select((l, j) => j < lines.Count - 1 && !l.EndsWith('\\') ? l + "\\" : l) : lines);
        }

        return sb.ToString();
    }

    // "Daniel Kipchumba / Ambassador and Permanent Representative": short lines that each start a new item, not wrapped
    // prose, so each stays on its own line.
    private static bool IsLineBlock(List<string> lines)
    {
        if (lines.Count is < 2 or > 5)
        {
            return false;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var plain = TextRules.Plain(lines[i].TrimEnd('\\'));
            if (plain.Length is 0 or > 70 || !char.IsUpper(plain[0]) || (i < lines.Count - 1 && plain[^1] is '.' or ',' or ';' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    // "international efforts to protect …" after "advancing national and": the page broke mid-sentence.
    private static bool ContinuesAcrossPageBreak(string previous, string next)
    {
        var prev = TextRules.StripEmphasis(previous).TrimEnd();
        var nxt = TextRules.StripEmphasis(next).TrimStart();
        if (prev.Length < 30 || nxt.Length == 0)
        {
            return false;
        }

        var last = prev[^1];
        if (!char.IsLetterOrDigit(last) && last != ',')
        {
            return false;
        }

        if (char.IsLower(nxt[0]))
        {
            return true;
        }

        var space = prev.LastIndexOf(' ');
        var lastWord = prev[(space + 1)..];
        return Dangling.Contains(lastWord) && char.IsLetter(nxt[0]);
    }

    // Which lines of a paragraph are page furniture. Phone and fax lines go wherever they are. Page numbers, job numbers
    // and running symbol heads go only where a page can break: as a paragraph of their own, or as a run at the start or
    // end of a paragraph that does not carry a sentence through them. "contained in document / A/79/875-S/2025/248 /
    // and …" and "the / 12 / Member States" inside a wrapped sentence are text, and the cited symbol must survive.
    private static bool[] FurnitureLines(SourceParagraph p)
    {
        var n = p.Plain.Count;
        var furniture = new bool[n];
        var pageLine = new bool[n];
        for (var i = 0; i < n; i++)
        {
            furniture[i] = IsContactLine(p.Plain[i]);
            pageLine[i] = IsPageLine(p.Plain[i]);
        }

        if (Enumerable.Range(0, n).All(i => furniture[i] || pageLine[i]))
        {
            return [.. Enumerable.Repeat(true, n)];
        }

        // A running symbol or page number heading a page: the line after the run must not continue a sentence through it.
        var lead = 0;
        while (pageLine[lead])
        {
            lead++;
        }

        if (lead > 0 && !StartsLowerCase(p.Plain[lead]))
        {
            Array.Fill(furniture, true, 0, lead);
        }

        // "20-16452 (E) 041220 / 2016452" closing a page: the line before the run must have ended its sentence.
        var tail = n;
        while (pageLine[tail - 1])
        {
            tail--;
        }

        if (tail < n && EndsSentence(p.Plain[tail - 1]))
        {
            Array.Fill(furniture, true, tail, n - tail);
        }

        return furniture;
    }

    private static bool StartsLowerCase(string plain) => plain.Length > 0 && char.IsLower(plain[0]);

    private static bool EndsSentence(string plain)
    {
        var t = plain.TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':' or ';' or '\u201d' or '"' or ')';
    }

    // Page numbers, job numbers and running symbol heads: "- 2 -", "20-16452 (E) 041220", "2016452", "A/75/612".
    private static bool IsPageLine(string plain)
    {
        if (plain.Length is 0 or > 120 || plain.AsSpan().IndexOfAnyInRange('0', '9') < 0)
        {
            return plain.Length is > 0 and <= 40 && plain.StartsWith("Please", StringComparison.OrdinalIgnoreCase) && HeaderRules.PageDebris.IsMatch(plain);
        }

        return (plain.Length <= 40 && HeaderRules.PageDebris.IsMatch(plain))
            || (plain.Contains('/', StringComparison.Ordinal) && UnSymbols.IsSymbol(plain));
    }

    // "Tel: +41 22 555 01 40", "www.ghanamission-geneva.example.org".
    private static bool IsContactLine(string plain) =>
        plain.Length is > 0 and <= 120
        && (plain.AsSpan().IndexOfAnyInRange('0', '9') >= 0 || plain.Contains(':', StringComparison.Ordinal)
            || plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        && HeaderRules.Contact.IsMatch(plain);

    // "**Office of the United Nations / High Commissioner for Human Rights / Geneva**" set in the middle of the text.
    private static bool IsAddressBlock(SourceParagraph p)
    {
        if (p.Plain.Count is < 1 or > 5 || p.Plain.Any(l => l.Length > 70) || IsSignedLine(p.First))
        {
            return false;
        }

        if (p.Plain.Any(l => l.Length > 0 && l[^1] is '.' or ',' or ';' or ':' or '!' or '?'))
        {
            return false;
        }

        var last = p.Plain[^1];
        if (p.Plain.Count == 1)
        {
            return HeaderRules.IsDutyStation(last);
        }

        return HeaderRules.IsDutyStation(last) || (last.AsSpan().IndexOfAnyInRange('0', '9') >= 0 && HeaderRules.Address.IsMatch(last));
    }

    // "(Signed) Yashar Aliyev"
    public static bool IsSignedLine(string plain) =>
        plain.Length is > 6 and < 200
        && (plain[0] == '(' || plain[0] == 'S' || plain[0] == 's')
        && HeaderRules.Signed.IsMatch(plain);
}
