using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// Proposes who delivered or signed the text: the name after "Statement by …", a name line under the title, a
/// possessive title, a signature, or the diplomat a news report quotes. Addressees, chairs and people thanked are not
/// proposed: only the words right after a speech word or in the speaker's own lines are read.
/// </summary>
internal static partial class SpeakerExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c)
    {
        if (c.Reader.Speakers.FirstOrDefault(s => s.Capacity is Documents.SpeakerCapacity.Speaker or Documents.SpeakerCapacity.Signatory) is { } read)
        {
            // The heading reader takes any line under "Statement by" as the speaker; a role or a meeting is no name.
            var valid = NameReader.Read(read.Name, 0, allowSingle: true) is { } n && n.Name.Length >= read.Name.Length - 1;
            yield return new Candidate("speaker", valid ? read.Name : null, read.Name, -1, Candidate.ReaderPrefix + (valid ? "speaker" : "speaker-not-a-name"), valid ? 60 : 55);
        }

        var heading = c.Heading.Where(l => l.Zone == Zone.Heading).Take(20).ToList();
        var headingText = string.Join('\n', heading.Select(l => l.Text));
        foreach (var found in AfterSpeechWord(c, heading, headingText, 85, SpeechBy()))
            yield return found;
        // "Delivered by Ms. Ana Ruiz, Deputy Permanent Representative" on a line of its own, under the title. Weaker than
        // the heading reader, which reads such a line under "Statement by …" already.
        foreach (var found in AfterSpeechWord(c, heading, headingText, 58, DeliveredBy()))
            yield return found;
        // "16 March 2024, Geneva – Statement on behalf of the Group by Ms. Ana Ruiz, …" opening the body.
        if (c.Body.FirstOrDefault() is { } opening && opening.Text.Length < 1_500 && DateFinder.First(opening.Text) is { Index: 0 })
        {
            foreach (var found in AfterSpeechWord(c, [opening], opening.Text, 80, SpeechBy()))
                yield return found;
        }

        if (c.Normalized.FrontMatter.TryGetValue("title", out var title))
        {
            // title: Statement by Okafor in the Fourth Committee
            var by = SpeechBy().Match(title.Value);
            if (by.Success && NameReader.Read(title.Value, by.Index + by.Length, allowSingle: true) is { } n)
                yield return new Candidate("speaker", n.Name, n.Name, title.Start + n.Index, "front-matter-title-by", 75);
            // title: Okafor to President of the Security Council
            else if (LetterFrom().Match(title.Value) is { Success: true } from && NameReader.Read(title.Value, 0, allowSingle: true) is { } sender)
                yield return new Candidate("speaker", sender.Name, from.Value, title.Start, "front-matter-letter-from", 70);
        }

        for (var i = 0; i < heading.Count; i++)
        {
            var line = heading[i];
            // "Ana Ruiz" over "Deputy Political Counselor", or "Ambassador Ana Ruiz" alone: the speaker block of a page.
            if (line.Text.Length <= 60 && NameReader.Read(line.Text, 0, allowSingle: false) is { } n && n.Index + n.Length >= line.Text.Length - 2)
            {
                var roleNext = i + 1 < heading.Count && RoleLine().IsMatch(heading[i + 1].Text);
                var honoured = n.Index > 0;
                if (roleNext || honoured)
                    yield return c.Propose("speaker", n.Name, line, n.Index, n.Length, roleNext ? "name-over-role" : "honoured-name-line", roleNext ? 72 : 68);
            }
            // "Minister Ana Ruiz’s statement at …", "Utrikesminister Ana Ruiz anförande": the title names its speaker.
            if (Possessive().Match(line.Text) is { Success: true } p && p.Index < 120)
            {
                var start = NameStartBefore(line.Text, p.Index);
                if (start >= 0 && NameReader.Read(line.Text, start, allowSingle: true) is { } owner)
                {
                    // Swedish writes the genitive without an apostrophe: "Ana Ruizs anförande".
                    var name = p.Value.StartsWith("s ", StringComparison.Ordinal) && owner.Name.EndsWith('s') ? owner.Name[..^1] : owner.Name;
                    yield return c.Propose("speaker", name, line, owner.Index, owner.Length, "possessive-title", 74);
                }
            }
            // "Ambassador Ana Ruiz, Permanent Representative of Peru, …" or "Ambassador Ana Ruiz gave a statement …".
            if (LeadingHonoured().Match(line.Text) is { Success: true } lead && NameReader.Read(line.Text, lead.Index, allowSingle: false) is { } led)
                yield return c.Propose("speaker", led.Name, line, led.Index, led.Length, "honoured-name-leads-title", 66);
        }

        // "(Signed) Ana Ruiz", then the role: a letter's signature, on its own line or inside a flattened text.
        foreach (var line in c.Signature.Take(3).Concat(c.Body))
        {
            var signed = Signed().Match(line.Text);
            if (signed.Success && NameReader.Read(line.Text, signed.Index + signed.Length, allowSingle: true) is { } n)
            {
                yield return c.Propose("speaker", n.Name, line, n.Index, n.Length, "signature", 80);
                break;
            }
        }

        // "… Ambassador Ana Ruiz said the talks …", "Permanent Representative of Peru to the UN, Ana Ruiz, wrote …": reports.
        if (c.Kind != Documents.DocumentKind.NewsReport)
            yield break;
        foreach (var line in c.Heading.Concat(c.Opening(700)).Take(25))
        {
            foreach (Match m in Reported().Matches(line.Text))
            {
                var start = m.Groups["name"].Index;
                if (NameReader.Read(line.Text, start, allowSingle: false) is { } n)
                {
                    yield return c.Propose("speaker", n.Name, line, n.Index, n.Length, "reported-speaker", 58);
                    yield break;
                }
            }
        }
    }

    // "Statement by the Deputy Permanent Representative of Peru to the United Nations, Ambassador Ana Ruiz, at …":
    // the first name after the speech word, past the role and the country.
    private static IEnumerable<Candidate> AfterSpeechWord(ParseContext c, List<SourceLine> heading, string text, int strength, Regex speechWord)
    {
        foreach (Match by in speechWord.Matches(text))
        {
            var from = by.Index + by.Length;
            var end = Math.Min(text.Length, from + 250);
            for (var i = from; i < end; i++)
            {
                // "Intervention by the Permanent Representative of Peru" over "Ambassador Ana Ruiz": a role alone may run
                // on to the name's line; a line that went on to a meeting ("… - 68th Session of the Assembly") may not.
                if (text[i] == '\n' && EventWords().IsMatch(text.AsSpan(from, i - from)))
                    break;
                if (i > from && text[i - 1] is not (' ' or '\n' or ','))
                    continue;
                // A name is read only up to the first meeting phrase: "… at the Security Council".
                if (MeetingPhrase().IsMatch(text.AsSpan(i, Math.Min(12, text.Length - i))))
                    break;
                if (!char.IsUpper(text[i]) || PrecededByOf(text, i))
                    continue;
                // "Statement by Norlandia": one capitalised word after "by" is as often a State as a surname.
                if (NameReader.Read(text, i, allowSingle: false) is { } n)
                {
                    var (line, offset) = Locate(heading, n.Index);
                    yield return c.Propose("speaker", n.Name, line, offset, n.Length, "after-speech-word", strength);
                    yield break;
                }
            }
        }
    }

    private static bool PrecededByOf(string text, int i)
    {
        var before = text[Math.Max(0, i - 8)..i];
        return before.EndsWith("of ", StringComparison.Ordinal) || before.EndsWith("of the ", StringComparison.Ordinal)
            || before.EndsWith("to the ", StringComparison.Ordinal) || before.EndsWith("for ", StringComparison.Ordinal)
            || before.EndsWith("on ", StringComparison.Ordinal) || AfterTitleAnd(text, i);
    }

    // "the Minister of Foreign Affairs and Senegalese Abroad": capitalised words after "and" that follows a capitalised
    // word go on a title or a body's name; a second person would come after the first one's name was read.
    private static bool AfterTitleAnd(string text, int i)
    {
        if (i < 5 || !text.AsSpan(0, i).EndsWith("and ", StringComparison.Ordinal))
            return false;
        var before = text.LastIndexOf(' ', Math.Max(0, i - 6));
        return before >= 0 && before + 1 < i - 4 && char.IsUpper(text[before + 1]);
    }

    private static int NameStartBefore(string text, int end)
    {
        var start = end;
        var words = 0;
        while (start > 0 && words < 4)
        {
            var space = text.LastIndexOf(' ', Math.Max(0, start - 2));
            var word = text[(space + 1)..start].Trim();
            if (word.Length == 0 || !char.IsUpper(word[0]))
                break;
            start = space + 1;
            words++;
            if (space < 0)
                break;
        }
        return words == 0 ? -1 : start;
    }

    private static (SourceLine Line, int Offset) Locate(List<SourceLine> heading, int index)
    {
        var at = 0;
        foreach (var line in heading)
        {
            if (index <= at + line.Text.Length)
                return (line, Math.Max(0, index - at));
            at += line.Text.Length + 1;
        }
        return (heading[^1], 0);
    }

    // "Statement by", "Remarks delivered by", "Explanation of vote by", "Statement on behalf of the Group by", "anförande av".
    // Romance lead-ins name the speaker after "de/del/do/da" when an honorific or a role follows: "Intervención de la
    // Embajadora Ana Ruiz", "Intervention de M. Jean Roux", "Discurso do Ministro Ana Ruiz", "Allocution de Mme Roux".
    [GeneratedRegex(@"\b(?:Statement|Remarks|Explanation of [Vv]ote|Right of [Rr]eply|Intervention|Message|Speech|Address|Briefing|Declaration|Presentation|Keynote|Statement)\b(?:[^.\n]{0,90}?|\s+)\b(?<!(?:called|convened|organi[sz]ed|hosted|chaired|requested|adopted|submitted|presented|proposed) )(?:delivered |made |given )?(?:by|from)\s+|\b(?:anförande|Anförande|tal|Tal) av\s+|\b(?:Déclaration|Intervention|Allocution|Discours|Intervención|Declaración|Discurso|Palabras|Intervenção|Declaração|Pronunciamento)\b[^,\n]{0,40}?\b(?:de la|de l’|de l'|del|de|du|do|da)\s+(?-i:(?=(?:M\.|Mme\b|Mr\.|Ms\.|S\.E\.|H\.E\.|Sr\.|Sra\.|Embajador|Embaixador|Ambassad|Ministr|Président|President)))", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex SpeechBy();

    [GeneratedRegex(@"^[*_]*(?:Delivered|Presented|Read|Made) by\s+", RegexOptions.Multiline)]
    private static partial Regex DeliveredBy();

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+ to (?:the )?(?:President|Secretary-General|Chairman|Chair)\b")]
    private static partial Regex LetterFrom();

    // "Deputy Political Counselor", "Permanent Representative of Peru", "U.S. Representative to the United Nations".
    [GeneratedRegex(@"\b(?:Representative|Counsell?or|Ambassador|Minister|Secretary|Coordinator|Delegate|Director|Head of|Chargé|Adviser|Advisor|Envoy|Spokesperson)\b")]
    private static partial Regex RoleLine();

    // "’s remarks", "'S STATEMENT", "s anförande".
    [GeneratedRegex(@"(?:’s|'s|'S|’S)\s+(?:remarks|statement|speech|address|message|intervention|STATEMENT|REMARKS)\b|(?<=\p{L})s anförande\b", RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\((?:Signed|Firmado|Signé)\)\s*")]
    private static partial Regex Signed();

    // "Ambassador Ana Ruiz said", "President Ana Ruiz has received", "to the United Nations (UN), Ana Ruiz,".
    [GeneratedRegex(@"\b(?:Ambassador|President|Minister|Representative|Secretary-General)\s+(?<name>\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3})\s+(?:said|says|stated|has received|told|wrote|writes|noted|stressed)\b|\bto the (?:United Nations|UN)(?: \(UN\))?,\s+(?<name>\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}),")]
    private static partial Regex Reported();

    [GeneratedRegex(@"^(?:at |on |in |during |before )", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingPhrase();

    [GeneratedRegex(@"\b(?:[Ss]ession|[Mm]eeting|[Dd]ebate|Assembly|Council|Conference|Committee)\b| - ")]
    private static partial Regex EventWords();

    // "Ambassador Ana Ruiz, …" opening a title, or "UK Ambassador Ana Ruiz gave a statement".
    [GeneratedRegex(@"^(?:Ambassador|H\.E\.)\s+(?=\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,3},)|\b(?:Ambassador|Minister|President)\s+(?=\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+){1,3} (?:gave|delivered|delivers|made) (?:a|an|her|his) )")]
    private static partial Regex LeadingHonoured();
}
