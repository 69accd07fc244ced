using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Proposes the session number: "Sixty-fourth session", "56th session", "the 79th General Assembly", "UNGA78", and the
/// same in Spanish, Portuguese, Swedish or Ukrainian headers. A Security Council "year" line is no session.
/// </summary>
internal static partial class SessionExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c, bool isNews)
    {
        if (c.Reader.Organs.FirstOrDefault(o => o.Session != null && o.Name != OrganNames.SecurityCouncil) is { Session: { } read })
        {
            var value = read.ToString(CultureInfo.InvariantCulture);
            yield return new Candidate("session", value, value, -1, Candidate.ReaderPrefix + "session", 60);
        }

        foreach (var line in c.Heading.Take(25))
        {
            if (Margins().IsMatch(line.Text))
            {
                yield return c.Propose("session", null, line, 0, line.Text.Length, "side-event", 90);
                yield break;
            }
        }

        // "Fifty-fourth session" beside "Fifty-fourth year": the session is the Assembly's, the year the Council's.
        // A two-column masthead puts them on one line: "Seventy-eighth session      Seventy-ninth year".
        var councilYear = c.Heading.Take(25).Any(l => YearLine().IsMatch(l.Text) || YearColumn().IsMatch(l.Text));
        if (First(c.Heading.Take(25)) is { } heading)
            yield return c.Propose("session", heading.Value, heading.Line, heading.Index, heading.Length,
                councilYear || BoundToOrgan(heading.Line.Text, heading.Index, heading.Length) ? BoundRule : "heading-session", 80);
        if (c.Normalized.FrontMatter.TryGetValue("title", out var title) && Find(title.Value) is { } fm)
            yield return new Candidate("session", fm.Value, title.Value.Substring(fm.Index, fm.Length), title.Start + fm.Index, "front-matter-session", 75);
        // "… on your election as President of the 73rd General Assembly": a speech's opening places it.
        if (!isNews && First(c.Opening(500)) is { } opening && (opening.Index <= 4 || ChairOfSession().IsMatch(opening.Line.Text.AsSpan(0, opening.Index))))
            yield return c.Propose("session", opening.Value, opening.Line, opening.Index, opening.Length, "opening-session", 45);
    }

    /// <summary>The rule of a session named with its organ: "General Assembly Sixtieth session", "56th session of the Council".</summary>
    public const string BoundRule = "heading-session-of-organ";

    private static bool BoundToOrgan(string line, int index, int length)
    {
        var organs = ForumNames.FindAll(line);
        var end = index + length;
        return organs.Any(o => (o.Index + o.Length <= index && index - (o.Index + o.Length) <= 3) || (o.Index >= end && o.Index - end <= 20) || (o.Index >= index && o.Index < end));
    }

    private static (string Value, SourceLine Line, int Index, int Length)? First(IEnumerable<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            if (Find(line.Text) is { } found)
                return (found.Value, line, found.Index, found.Length);
        }
        return null;
    }

    private static (string Value, int Index, int Length)? Find(string text)
    {
        foreach (Match m in Numbered().Matches(text))
        {
            if (int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 200)
                return (n.ToString(CultureInfo.InvariantCulture), m.Index, m.Length);
        }
        foreach (Match m in Worded().Matches(text))
        {
            if (OrdinalWords.TryParse(m.Groups["w"].Value, out var n) && n > 0)
                return (n.ToString(CultureInfo.InvariantCulture), m.Index, m.Length);
        }
        return null;
    }

    // "… on your election as President of the …", "… the presidency of the …": the session the speaker addresses.
    [GeneratedRegex(@"\b(?:[Pp]resident|[Pp]residency) of (?:the|this) $")]
    private static partial Regex ChairOfSession();

    [GeneratedRegex(@"^(?:\p{L}+-)?\p{L}+ year$|^\d{1,3}(?:st|nd|rd|th) year$")]
    private static partial Regex YearLine();

    [GeneratedRegex(@"\bsession\s{3,}(?:\p{L}+-)?\p{L}+ year$|\bsession\s{3,}\d{1,3}(?:st|nd|rd|th) year$", RegexOptions.IgnoreCase)]
    private static partial Regex YearColumn();

    [GeneratedRegex(@"\b(?:on|in) the (?:margins|sidelines) of\b", RegexOptions.IgnoreCase)]
    private static partial Regex Margins();

    // Any language's ordinal suffix: "56th session", "77e session", "1re session", "25th UPR Session", "73º periodo de sesiones", "79.ª Assembleia Geral", "66:e session", "37-ї сесії",
    // "the 78th General Assembly", "resumed 78th UNGA", "UNGA78".
    [GeneratedRegex(@"\b(?<n>\d{1,3})(?:st|nd|rd|th|e|ème|eme|er|re|º|ª|\.º|\.ª|:e|:a|-ї|-й|-я|-ой|-ий)?\s+(?:UPR\s+|regular\s+|ordinary\s+|special\s+)?(?:[Ss]ession\b|SESSION\b|periodo de sesiones|período de sesiones|sessão|sesión|сесс?[иі]\p{L}*|(?:UN\s+|United Nations\s+)?(?:General Assembly|UNGA|Assembleia Geral|Asamblea General|Assemblée générale)\b)|\bUNGA\s?(?<n>\d{2,3})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    // "Sixty-fourth session", "seventy-fourth session of the United Nations General Assembly".
    [GeneratedRegex(@"\b(?<w>(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth))\s+(?:regular\s+|special\s+)?session\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Worded();
}
