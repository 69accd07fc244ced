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

            var lines = new List<string>();
            for (var i = 0; i < p.Raw.Count; i++)
            {
                if (!IsFurniture(p.Plain[i]))
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
            sb.Append(string.Join(signed[i] ? "\\\n" : "\n", kept[i]));
        }

        return sb.ToString();
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

    // Page numbers, job numbers, running symbol heads, phone and fax lines.
    private static bool IsFurniture(string plain)
    {
        if (plain.Length == 0 || plain.Length > 120)
        {
            return false;
        }

        // Cheap character tests first: most body lines are prose and need no regex at all.
        var hasDigit = plain.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
        return (hasDigit && plain.Length <= 40 && HeaderRules.PageDebris.IsMatch(plain))
            || (hasDigit && plain.Contains('/', StringComparison.Ordinal) && UnSymbols.IsSymbol(plain))
            || ((hasDigit || plain.Contains(':', StringComparison.Ordinal) || plain.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                && HeaderRules.Contact.IsMatch(plain))
            || (plain.Length <= 40 && plain.StartsWith("Please", StringComparison.OrdinalIgnoreCase) && HeaderRules.PageDebris.IsMatch(plain));
    }

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
