using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import.Pipeline;

/// <summary>Proposes the kind of document from its title line, its heading, its opening and its front matter.</summary>
internal static partial class KindExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c)
    {
        if (c.Reader.Kind != DocumentKind.Unknown)
            yield return new Candidate("kind", c.Reader.Kind.ToString(), c.Reader.Kind.ToString(), -1, Candidate.ReaderPrefix + "heading", 60);

        foreach (var line in c.Heading.Concat(c.Opening(300)).Take(30))
        {
            // "Identical letters dated 28 January 2008 from the Permanent Representative of …"
            if (LetterDated().Match(line.Text) is { Success: true } letter)
            {
                var kind = letter.Groups[1].Value.StartsWith("Identical", StringComparison.OrdinalIgnoreCase) ? DocumentKind.IdenticalLetters
                    : letter.Groups[1].Value.StartsWith("Note", StringComparison.OrdinalIgnoreCase) ? DocumentKind.NoteVerbale : DocumentKind.Letter;
                yield return c.Propose("kind", kind.ToString(), line, letter.Index, letter.Length, "title-dated", 90);
            }
            // "The Permanent Mission of Peru … presents its compliments to the Secretary-General …"
            if (line.Zone == Zone.Body && Compliments().Match(line.Text) is { Success: true } nv)
                yield return c.Propose("kind", nameof(DocumentKind.NoteVerbale), line, nv.Index, nv.Length, "presents-compliments", 75);
        }

        foreach (var line in c.Heading.Take(12))
        {
            // "SC/15432" or "GA/12345" alone on a line: a UN press release number.
            if (PressNumber().Match(line.Text) is { Success: true } press)
                yield return c.Propose("kind", nameof(DocumentKind.NewsReport), line, press.Index, press.Length, "press-release-number", 85);
            // "Media statement", "Press release", "News": the page files itself as press material.
            else if (PressLabel().Match(ParseContext.WithoutStamp(line.Text)) is { Success: true } label)
                yield return c.Propose("kind", nameof(DocumentKind.NewsReport), line, line.Text.Length - ParseContext.WithoutStamp(line.Text).Length + label.Index, label.Length, "press-label", 80);
            // "LIMA, Peru, Mar. 3": a news agency's dateline.
            else if (Dateline().Match(line.Text) is { Success: true } dateline)
                yield return c.Propose("kind", nameof(DocumentKind.NewsReport), line, dateline.Index, dateline.Length, "news-dateline", 80);
            // "Letter NEW YORK, 4 March 1950": an archive's copy of a letter, titled by its kind.
            else if (LetterTitle().Match(line.Text) is { Success: true } letterTitle)
                yield return c.Propose("kind", nameof(DocumentKind.Letter), line, letterTitle.Index, letterTitle.Length, "letter-title", 80);
        }

        // "UNITED NATIONS (AP) — The Assembly …": the story's first sentence carries the agency's dateline.
        if (c.Body.FirstOrDefault() is { } story && Dateline().Match(story.Text) is { Success: true } storyDateline)
            yield return c.Propose("kind", nameof(DocumentKind.NewsReport), story, storyDateline.Index, storyDateline.Length, "news-dateline", 80);

        // A page that opens with its lead sentence has that sentence for a title.
        var lead = c.Lines.FirstOrDefault(l => l.Zone is Zone.Heading or Zone.Body && TextRules.WordCount(ParseContext.WithoutStamp(l.Text)) >= 3);
        if ((c.TitleLine ?? (lead?.Zone == Zone.Body ? lead : null)) is { } title)
        {
            // "Explanation of vote by Ambassador Ana Ruiz", "Statement by the Minister", "Discurso do Embaixador …".
            // A lead sentence read as title tells a report by its verb only; its speech words are the report's subject.
            if (title.Zone == Zone.Heading && SpokenTitle().Match(title.Text) is { Success: true } spoken && !ReportsSpeech().IsMatch(title.Text))
                yield return c.Propose("kind", SpokenKind(spoken.Value), title, spoken.Index, spoken.Length, "title-speech-word", 75);
            // "Minister Ruiz says talks must resume": a headline reports someone in the third person.
            else if (HeadlineVerb().Match(title.Text) is { Success: true } verb)
                yield return c.Propose("kind", nameof(DocumentKind.NewsReport), title, verb.Index, verb.Length, "headline-verb", 65);
        }
        foreach (var line in c.Heading.Skip(1).Take(10))
        {
            // "… a paragraph that is not a speech." is a sentence about speeches, not a title.
            if (SpokenTitle().Match(line.Text) is { Success: true } spoken && !ReportsSpeech().IsMatch(line.Text) && !IsSentence(line.Text))
            {
                yield return c.Propose("kind", SpokenKind(spoken.Value), line, spoken.Index, spoken.Length, "heading-speech-word", 70);
                break;
            }
        }

        if (c.Normalized.FrontMatter.TryGetValue("title", out var fm))
        {
            // title: Statement by the representative in the Fourth Committee
            if (SpokenTitle().Match(fm.Value) is { Success: true, Index: 0 } spoken)
                yield return new Candidate("kind", SpokenKind(spoken.Value), fm.Value, fm.Start, "front-matter-title", 70);
        }

        // tags: press-releases / categories: news: a web export files the page as press material.
        foreach (var key in new[] { "tags", "categories", "category", "type" })
        {
            if (c.Normalized.FrontMatter.TryGetValue(key, out var tags) && PressTag().Match(tags.Value) is { Success: true } tag)
            {
                yield return new Candidate("kind", nameof(DocumentKind.NewsReport), tags.Value, tags.Start + tag.Index, "front-matter-press-tag", 72);
                break;
            }
        }

        if (c.Body.FirstOrDefault() is { } first)
        {
            // "Dear Mr. Chairman," opens a letter; "Mr. President," or "Thank you, Chair." opens a speech.
            if (DearSalutation().Match(first.Text) is { Success: true } dear)
                yield return c.Propose("kind", nameof(DocumentKind.Letter), first, dear.Index, dear.Length, "dear-salutation", 65);
            // "I have the honour to transmit …", "I am instructed by my Government to …": a letter's first sentence.
            else if (LetterOpening().Match(first.Text) is { Success: true } opening)
                yield return c.Propose("kind", nameof(DocumentKind.Letter), first, opening.Index, opening.Length, "letter-opening", 55);
            else if (SpeechSalutation().Match(first.Text) is { Success: true } salutation)
                yield return c.Propose("kind", nameof(DocumentKind.Statement), first, salutation.Index, salutation.Length, "speech-salutation", 50);
            // "On behalf of my Government, I congratulate you …": a speaker addressing the room.
            else if (FirstPerson().Match(first.Text) is { Success: true } person)
                yield return c.Propose("kind", nameof(DocumentKind.Statement), first, person.Index, person.Length, "first-person-opening", 40);
        }
    }

    private static bool IsSentence(string line) =>
        line.EndsWith('.') && TextRules.WordCount(line) >= 8 && !line.Contains(" by ", StringComparison.Ordinal) && !TitleOpening().IsMatch(line);

    private static string SpokenKind(string word) =>
        word.StartsWith("Explanation", StringComparison.OrdinalIgnoreCase) ? nameof(DocumentKind.ExplanationOfVote)
        : word.StartsWith("Right", StringComparison.OrdinalIgnoreCase) ? nameof(DocumentKind.RightOfReply)
        : nameof(DocumentKind.Statement);

    [GeneratedRegex(@"\b(Identical letters|Letter|Note verbale) dated\b", RegexOptions.IgnoreCase)]
    private static partial Regex LetterDated();

    [GeneratedRegex(@"\bpresents? (?:its|their) compliments\b")]
    private static partial Regex Compliments();

    [GeneratedRegex(@"^(?:SC|GA|HRC|ECOSOC|SG/SM|GA/L|GA/EF|GA/SHC|GA/SPD|GA/DIS|GA/AB)/\d{3,6}$")]
    private static partial Regex PressNumber();

    // "News" alone on a line is a site's menu entry, not a label: "News release", "News: …" are labels.
    [GeneratedRegex(@"^(?:Media Statement|Press Release|Press Statement|News release|Communiqué de presse)\b|^News\b(?!\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PressLabel();

    // A news agency's dateline: "LIMA, Peru, Mar. 3", "UNITED NATIONS (AP) —", "GENEVA, March 3 (Reuters) -",
    // "NEW YORK, 3 March 2024 (AFP) –": a city in capitals, then a date or the agency in brackets, then a dash.
    [GeneratedRegex(@"^[A-Z]{3,}(?:[ -][A-Z]{3,})*,\s+[A-Z][a-z]+,?\s+[A-Z][a-z]{2}\.?\s+\d{1,2}\b|^[A-Z]{3,}(?:[ -][A-Z]{3,}|\.)*(?:,\s+[A-Z][\p{L}. ]{1,20}?)?(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?)?\s+\((?:AP|Reuters|AFP|dpa|Xinhua|UPI|ANI|IANS|TASS|EFE|ANSA|Kyodo|Yonhap|Anadolu|Bloomberg)\)\s*[—–-]")]
    public static partial Regex Dateline();

    [GeneratedRegex(@"^Letter\b(?! dated)")]
    private static partial Regex LetterTitle();

    [GeneratedRegex(@"\b(?:Joint Statement|Statement|Remarks|Explanation of [Vv]ote|Right of [Rr]eply|Intervention|Speech|Address by|Message by|Briefing by|Presentation by|Opening remarks|Closing remarks|Discurso|Intervención|Déclaration|Allocution|Anförande|anförande|Выступление|Виступ)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenTitle();

    // "… delivers her maiden statement", "… gave a statement at …": a report about a statement.
    [GeneratedRegex(@"\b(?:delivers|delivered|gave|made|issued) (?:(?:a|an|her|his|their|the) )?[\w ]{0,20}statement\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReportsSpeech();

    // A present-tense reporting or action verb in the third person: "… demands end to embargo", "… condemns attack".
    [GeneratedRegex(@"\b(?:says|writes|urges|calls on|stresses|announces|receives|tells|warns|demands|condemns|rejects|slams|vows|welcomes|adopts|approves|accuses|denounces|insists|seeks|criticizes|criticises)\b")]
    private static partial Regex HeadlineVerb();

    [GeneratedRegex(@"\b(?:press|releases?|news)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PressTag();

    [GeneratedRegex(@"^(?:Joint )?(?:Statement|Remarks|Explanation of [Vv]ote|Right of [Rr]eply|Intervention|Address|Speech|Message)\b")]
    private static partial Regex TitleOpening();

    [GeneratedRegex(@"^(?:I have the hono(?:u)?r to (?:transmit|forward|enclose|inform you|refer to|bring to your attention|draw your attention)|I am instructed by)\b")]
    private static partial Regex LetterOpening();

    [GeneratedRegex(@"^Dear\b")]
    private static partial Regex DearSalutation();

    [GeneratedRegex(@"^(?:Mr\.?|Mister|Madam|Madame|Mrs\.?|Ms\.?|Señora?|Senhora?)?\s*(?:President|Presidenta|Chair\w*|Co-Chairs?)\b|^Thank you\b|^Excellenc|^Your Excellenc|^Distinguished|^Г-жа|^Г-н|^Уважаем", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechSalutation();

    [GeneratedRegex(@"^(?:\d+\.\s*)?(?:On behalf of\b.{0,120}\bI\b|I would like\b|I wish\b|I thank\b|Allow me\b|Let me\b|We welcome\b|I am\b)")]
    private static partial Regex FirstPerson();
}
