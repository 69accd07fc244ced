using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Stage 2, zones: cuts the normalised text into lines and says of each whether it is front matter, web noise
/// (menus, share buttons, clocks, breadcrumbs), the UN masthead, the heading, the body or the signature. A text
/// flattened into one paragraph is split where its heading ends, so its title is a heading line like any other.
/// </summary>
internal static partial class ZoneFinder
{
    private const int MaxHeadingLines = 40;
    private const int MaxHeadingChars = 2_500;

    public static IReadOnlyList<SourceLine> Find(NormalizedText normalized)
    {
        var text = normalized.Text;
        var lines = new List<SourceLine>();
        var offset = 0;
        foreach (var raw in text.Split('\n'))
        {
            var zone = offset < normalized.FrontMatterEnd ? Zone.FrontMatter : Zone.Heading;
            var trimmed = raw.Trim();
            if (trimmed.Length > 0)
            {
                var start = offset + raw.IndexOf(trimmed, StringComparison.Ordinal);
                lines.Add(new SourceLine(start, trimmed, zone == Zone.FrontMatter ? zone : IsWebNoise(trimmed) ? Zone.WebNoise : zone));
            }
            offset += raw.Length + 1;
        }
        return MarkBody(lines, WrappedProse(text, lines));
    }

    // Lines of a paragraph wrapped at a fixed width ("It gives / me pleasure to begin my remarks by …") are prose as a
    // whole though each line is short: a run of lines that continue one another's sentences is tested as one.
    private static HashSet<int> WrappedProse(string text, List<SourceLine> lines)
    {
        var prose = new HashSet<int>();
        var first = 0;
        for (var i = 1; i <= lines.Count; i++)
        {
            var continues = i < lines.Count
                && text.AsSpan(lines[i - 1].End, lines[i].Start - lines[i - 1].End).Count('\n') == 1
                && Continues(lines[i - 1].Text, lines[i].Text);
            if (continues)
                continue;
            if (i - first > 1 && lines[first].Zone == Zone.Heading)
            {
                var run = string.Join(' ', lines.Skip(first).Take(i - first).Select(l => l.Text));
                if (IsProse(run) && !UnHeading().IsMatch(run))
                {
                    for (var j = first; j < i; j++)
                        prose.Add(j);
                }
            }
            first = i;
        }
        return prose;
    }

    // "… to begin my remarks by" / "congratulating" over "Mr. Ping on the vote …": the next line goes on with the
    // sentence when it starts in lower case, or when a long line broke after a lower-case word before a name.
    private static bool Continues(string previous, string next) =>
        char.IsLower(next[0]) || (previous.Length >= 40 && char.IsLower(previous[^1]) && char.IsUpper(next[0]));

    [GeneratedRegex(@"\b(?:[Ll]etters?|Note verbale) dated\b|\bDistr\.|\b[Aa]genda items? \d")]
    private static partial Regex UnHeading();

    private static List<SourceLine> MarkBody(List<SourceLine> lines, HashSet<int> wrappedProse)
    {
        var result = new List<SourceLine>(lines.Count + 1);
        var inBody = false;
        var headingLines = 0;
        var headingChars = 0;
        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Zone is Zone.FrontMatter || (!inBody && line.Zone is Zone.WebNoise))
            {
                result.Add(line);
                continue;
            }
            if (inBody)
            {
                result.Add(line with { Zone = Signed().IsMatch(line.Text) || result[^1].Zone == Zone.Signature ? Zone.Signature : Zone.Body });
                continue;
            }
            if (Salutation().IsMatch(line.Text))
            {
                inBody = true;
                result.Add(line with { Zone = Zone.Body });
                continue;
            }
            // "Identical letters dated 5 May 2006 from … addressed to the Secretary-General I have the honour …" on one line.
            var split = BodyOpening(line.Text);
            if (split > 0)
            {
                result.Add(new SourceLine(line.Start, line.Text[..split].TrimEnd(), Masthead().IsMatch(line.Text) ? Zone.Masthead : Zone.Heading));
                var rest = line.Text[split..].TrimStart();
                result.Add(new SourceLine(line.Start + line.Text.Length - rest.Length, rest, Zone.Body));
                inBody = true;
                continue;
            }
            if (split == 0 || IsProse(line.Text) || wrappedProse.Contains(index) || headingLines >= MaxHeadingLines || headingChars >= MaxHeadingChars)
            {
                inBody = true;
                result.Add(line with { Zone = Zone.Body });
                continue;
            }
            headingLines++;
            headingChars += line.Text.Length;
            result.Add(line with { Zone = Masthead().IsMatch(line.Text) ? Zone.Masthead : Zone.Heading });
            // "LIMA, Peru, Mar. 3" (and an agency's "Trend:" credit under it): the story starts after the dateline.
            if (KindExtractor.Dateline().IsMatch(line.Text))
                inBody = true;
        }
        return result;
    }

    // -1: no opening in the line; 0: the line opens the body; n: the body opens at n.
    private static int BodyOpening(string line)
    {
        var opener = Opener().Match(line);
        if (opener.Success)
            return opener.Index == 0 || FlattenedTitle().IsMatch(line.AsSpan(0, opener.Index)) ? opener.Index : 0;
        var addressed = AddressedTo().Match(line);
        if (addressed.Success && line.Length - (addressed.Index + addressed.Length) > 80)
            return addressed.Index + addressed.Length;
        return -1;
    }

    // "We welcome the opportunity to take part in this debate, and thank the Chair for convening it today …"
    // A shorter line is prose when it ends its sentence with eight words or more, unless it reads like a title or a
    // heading's lead: it names a speech, a speaker ("… by …") or a date.
    // A full stop ends a sentence after a word, not after an initial or an honorific: "… the Council. We …", not "M. Roux".
    [GeneratedRegex(@"\p{Ll}{3,}[.!?] \p{Lu}")]
    private static partial Regex SentenceEnd();

    // A line in capitals is a heading however long ("STATEMENT BY MR. …"): prose is written in lower case.
    private static bool IsProse(string line) =>
        !TitleStart().IsMatch(line) && !IsShouted(line) && ((line.Length >= 250 && (SentenceEnd().IsMatch(line) || line.EndsWith('.')))
            || (line.EndsWith('.') && TextRules.WordCount(line) >= 8 && !HeadingLead().IsMatch(line) && DateFinder.First(line) is null));

    private static bool IsShouted(string line)
    {
        var letters = line.Count(char.IsLetter);
        return letters >= 20 && line.Count(char.IsLower) * 10 < letters;
    }

    private static bool IsWebNoise(string line) =>
        line.Length <= 160 && (MenuItem().IsMatch(line) || Social().Matches(line).Count >= 2 || NoiseLine().IsMatch(line)
            || Clock().IsMatch(line) || line.Contains("||", StringComparison.Ordinal) || line.EndsWith(" |", StringComparison.Ordinal)
            || line is "|" or "###" or "-----" or "---");

    // "• Press releases", "* Photo gallery": a short bullet is a menu entry, as is "• 3/14/2021 Saved copy of …".
    [GeneratedRegex(@"^[•·▪]\s*(?:\S.{0,40}|\d{1,2}/\d{1,2}/\d{4}\b.*)$")]
    private static partial Regex MenuItem();

    // "Share  Tweet  Facebook  LinkedIn  Print": two share targets on one short line.
    [GeneratedRegex(@"\b(?:Share|Tweet|Facebook|Twitter|LinkedIn|Linkedin|WhatsApp|Whatsapp|Flickr|Youtube|YouTube|RSS|Telegram|Print|E-?mail)\b")]
    private static partial Regex Social();

    // A moved page's redirect notice ("This page has moved …", "If you are not redirected …") is no heading either.
    // "Skip to main content" in any language ("Hoppa till huvudinnehåll", "Aller au contenu"), the speech's "Check against
    // delivery" disclaimer ("Seul le prononcé fait foi", "Det talade ordet gäller"), "Available languages:", "Region: Europe".
    [GeneratedRegex(@"^(?:Skip to (?:the )?(?:main )?(?:content|navigation|menu)|Hoppa (?:till|yfir) \p{L}+|Aller au contenu|Passer au contenu|Ir al contenido|Saltar al contenido|Pular para o conteúdo|Ir para o conteúdo|Zum Inhalt springen|Перейти к \p{L}+|.*\b(?:Check against delivery|Seul (?:le )?prononcé fait foi|Det talade ordet gäller|Es gilt das gesprochene Wort|Cotejar con (?:el )?discurso pronunciado|Sólo (?:es )?válido el texto pronunciado)\b|Available languages:?|Media Cent(?:er|re)|Share this|Print this page|Back to top|Follow us|Home\b.*[>»/]|Region:|Theme:|Tags?:|.{0,30}\bLogo|This (?:content|page)\b.{0,80}\b(?:has )?(?:now )?moved|If you are not (?:automatically )?redirected|You (?:are being|will be) redirected|.*: abre ventana nueva|.*\(opens in a new window\))", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseLine();

    // "Kyiv 14:05": a site's clock beside a city name.
    [GeneratedRegex(@"^\p{L}[\p{L} ]{1,20} \d{1,2}:\d{2}$")]
    private static partial Regex Clock();

    // "Distr.: General", "Original: English", "GE.21-08237(E)": the UN masthead.
    [GeneratedRegex(@"\bDistr\.|^Original:|^ORIGINAL:|^GE\.\d|^\d{2}-\d{5}")]
    private static partial Regex Masthead();

    // "Mr. President,", "Madam Chair,", "Thank you, Mr. President.", "Excellencies,", "Dear Colleagues", "Señora Presidenta,".
    [GeneratedRegex(@"^(?:(?:Mr\.?|Mister|Madam|Madame|Mrs\.?|Ms\.?|Monsieur|Señora?|Senhora?|Senhor)\s+(?:the\s+)?(?:President|Presidenta|Presidente|Chair|Chairman|Chairperson|Chairwoman|Co-Chairs?|Vice-President|Moderator|Secretary-General|le Président|la Présidente)\b|Thank you\b|Dear\b|Your Excellenc|Excellenc|Distinguished\b|Ladies and\b|Honou?rable\b|(?:Madam |Mr\.? )?President[,.!]|Chair[,.]|Colleagues,|Г-жа\b|Г-н\b|Уважаем|Шановн)")]
    private static partial Regex Salutation();

    // "I have the honour to …", "… presents its compliments to …", "I am instructed by my Government to …".
    [GeneratedRegex(@"\bI have the hono(?:u)?r\b|\bpresents its compliments\b|\bI am instructed\b|\bOn instructions from\b")]
    private static partial Regex Opener();

    // "… addressed to the Secretary-General and the President of the Security Council" closes a UN letter's title.
    [GeneratedRegex(@"\baddressed to the (?:Secretary-General|President of the (?:Security Council|General Assembly|Human Rights Council|Economic and Social Council)|Chair(?:man|person)? of the [A-Z][\w ,-]{3,80}?(?:Committee|Commission|Council))(?: and (?:to )?the (?:President of the (?:Security Council|General Assembly)|Secretary-General))?")]
    private static partial Regex AddressedTo();

    // "… Agenda item 14 … Letter dated 5 May 2006 from …": words of a UN heading run into the first sentence.
    [GeneratedRegex(@"\bdated\b|\b[Aa]genda items?\b|\bsession\b|\bDistr\.|\baddressed to\b")]
    private static partial Regex FlattenedTitle();


    [GeneratedRegex(@" by |\b(?:[Ss]tatement|[Rr]emarks|[Ss]peech|[Aa]ddress|[Ii]ntervention|[Aa]nförande|[Dd]iscurso)\b")]
    private static partial Regex HeadingLead();

    // "Statement by …", "Remarks by …": a long title line is still a heading, not prose.
    [GeneratedRegex(@"^(?:Joint )?(?:Statement|Remarks|Explanation of [Vv]ote|Right of [Rr]eply|Intervention|Address|Speech|Message)\b")]
    private static partial Regex TitleStart();

    // "(Signed) Maria Lopez": the signature block runs from here to the end.
    [GeneratedRegex(@"^\(Signed\)|^\(Firmado\)|^\(Signé\)")]
    private static partial Regex Signed();
}
