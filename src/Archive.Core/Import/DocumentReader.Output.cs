using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import;

// Turning what was read into output values: agenda items, author, event and title.
internal sealed partial class DocumentReader
{
    private List<ParsedAgendaItem> BuildAgenda(List<ParsedOrgan> organs)
    {
        if (_agenda.Count == 0)
        {
            return [];
        }

        var primary = organs.Count > 0 ? organs[0].Name : null;
        var needTitles = _agenda.Count(a => a.Title == null);
        var titles = _agendaTitleParagraphs.ToList();
        if (titles.Count != needTitles && titles.Count > 0)
        {
            // A title wrapped over two paragraphs: the second half starts in lower case.
            var joined = new List<string>();
            foreach (var t in titles)
            {
                if (joined.Count > 0 && t.Length > 0 && char.IsLower(t[0]))
                {
                    joined[^1] += " " + t;
                }
                else
                {
                    joined.Add(t);
                }
            }

            titles = joined;
        }

        var pair = titles.Count == needTitles;
        if (!pair && titles.Count > 0)
        {
            _warnings.Add(new ImportWarning("agenda", $"{needTitles} agenda items need titles but {titles.Count} title paragraphs were found; titles left empty"));
        }

        var result = new List<ParsedAgendaItem>();
        var next = 0;
        foreach (var a in _agenda)
        {
            var named = a.Organ ?? primary;
            var organ = named is null ? null : OrganNames.AgendaOwner(named);
            // A Main Committee meets in the Assembly's session, so its session number is the Assembly's.
            var session = organs.FirstOrDefault(o => o.Name == organ)?.Session ?? organs.FirstOrDefault(o => o.Name == named)?.Session;
            var title = a.Title;
            if (title == null && pair)
            {
                title = titles[next++];
            }

            if (organ == null)
            {
                _warnings.Add(new ImportWarning("agenda", $"Agenda item {a.Number} has no organ"));
                continue;
            }

            result.Add(new ParsedAgendaItem(organ, session, a.Number, a.SubItem, title));
        }

        return result;
    }

    // "THE PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN TO THE UNITED NATION" + "New York" →
    // "Permanent Mission of the Republic of Azerbaijan to the United Nations, New York".
    private string? LetterheadAuthor()
    {
        if (string.IsNullOrWhiteSpace(_letterhead))
        {
            return null;
        }

        var s = TextRules.TrimLeadingThe(TextRules.TitleCaseIfShouted(TextRules.CollapseSpaces(_letterhead)));
        s = TextRules.UpperFirst(s);
        if (s.EndsWith("United Nation", StringComparison.Ordinal))
        {
            s += "s";
        }

        s = s.Replace("United Nation ", "United Nations ", StringComparison.Ordinal);
        if (_city != null && TextRules.IndexOfWord(s, _city) < 0)
        {
            s += ", " + _city;
        }

        return s;
    }

    // "Informal interactive dialogue of the General Assembly on the responsibility to protect" →
    // "Informal interactive dialogue on the responsibility to protect".
    // "High-level political forum on sustainable development, convened under the auspices of the Economic and Social
    // Council": the whole clause goes with the organ, so the event does not end mid-phrase.
    private static readonly Regex OrganInEvent = new(
        @"(?:,?\s+(?:convened\s+)?under\s+the\s+auspices\s+of)?(?:,?\s+(?:of|at|in|during)\s+(?:the|its)\s+(?:[A-Za-z0-9\-]+\s+){0,3}?(?:session|year))?(?:,?\s+(?:of|at|in|during|for|to|before))?(?:\s+the)?\s+(?:United\s+Nations\s+|UN\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    // "Security Council open debate on …" → "open debate on …"
    private static readonly Regex LeadingOrgan = new(
        @"^(?:(?:the|an?)\s+)?(?:United\s+Nations\s+|UN\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee)(?:'s|\u2019s)?(?:\s*[,:\u2013\u2014])?\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    // "General Assembly, seventy-fifth session, general debate" → (organ gone) "seventy-fifth session, general debate" → "general debate".
    private static readonly Regex LeadingSession = new(
        @"^(?:(?:the|its)\s+)?((?:[A-Za-z\-]+\s+){0,2}?(?:[A-Za-z\-]+|\d{1,3}(?:st|nd|rd|th)))\s+session(?:[,:]?\s+|\s*$)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static string? CleanEvent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        var s = LeadingOrgan.Replace(TextRules.TitleCaseIfShouted(text.Trim()), "");
        s = OrganInEvent.Replace(s, "");

        // "Commission on the Status of Women, sixty-sixth session": any other organ opening the line is stored as an organ.
        var organs = OrganNames.FindAll(TextRules.TrimLeadingThe(s));
        if (organs.Count > 0 && organs[0].Index == 0)
        {
            s = TextRules.TrimLeadingThe(s)[organs[0].Length..].TrimStart(' ', ',', ':', '\u2013', '\u2014');
        }

        // "seventy-fifth session, general debate" → "general debate"
        var session = LeadingSession.Match(s);
        if (session.Success && HeaderRules.OrdinalAtEnd(session.Groups[1].Value) != null)
        {
            s = s[session.Length..];
        }

        s = TextRules.TrimLeadingThe(s.Trim(' ', ',', '.', ':', ';', '\u2013', '\u2014'));

        // "General Debate" (from "SECOND COMMITTEE GENERAL DEBATE") is written "General debate" like the other segments.
        var segment = HeaderRules.MeetingSegment.Match(s);
        if (segment.Success)
        {
            s = segment.Value.ToLowerInvariant() + s[segment.Length..];
        }

        return s.Length < 3 ? null : TextRules.UpperFirst(s);
    }

    // "High-level political forum on sustainable development" and "Ministerial segment" →
    // "High-level political forum on sustainable development, ministerial segment".
    private static string? JoinEvent(string? eventName, string? segment) =>
        eventName == null ? segment
        : segment == null ? eventName
        : eventName + ", " + TextRules.LowerFirstForSentence(segment);

    // Heads of proper names that stay capitalised inside a title: the event of "Security Council Arria-formula meeting on
    // cyber threats to critical infrastructure" gives "… at the Arria-formula meeting …", not "arria-formula".
    private static readonly HashSet<string> ProperHeads = new(StringComparer.Ordinal)
    {
        "Arria", "Commission", "Council", "Committee", "Assembly", "Conference", "Forum",
    };

    // "Open debate on …" → "at the open debate on …"; an organ or a proper name keeps its capital.
    private static string EventInTitle(string eventName)
    {
        var firstWord = eventName.Split(' ', '-')[0];
        if (ProperHeads.Contains(firstWord) || OrganNames.FindAll(eventName) is [{ Index: 0 }, ..])
        {
            return eventName;
        }

        return TextRules.LowerFirstForSentence(eventName);
    }

    private string BuildTitle(ParsedDocument doc)
    {
        if (_titleLine != null)
        {
            return _titleLine;
        }

        string? title = null;
        switch (doc.Kind)
        {
            case DocumentKind.NoteVerbale or DocumentKind.Letter or DocumentKind.IdenticalLetters when doc.Author != null:
                var word = doc.Kind == DocumentKind.NoteVerbale ? "Note verbale" : doc.Kind == DocumentKind.Letter ? "Letter" : "Identical letters";
                var dated = doc.WrittenOn is { } w ? " dated " + DateRules.Format(w) : "";
                var to = doc.Addressee != null ? " to the " + TextRules.TrimLeadingThe(doc.Addressee) : "";
                title = $"{word}{dated} from the {TextRules.TrimLeadingThe(doc.Author)}{to}";
                break;
            case DocumentKind.NewsReport when _firstFreeLine is { Length: > 0 } && _bodyStart > 0:
                title = _firstFreeLine;
                break;
            case DocumentKind.NewsReport when _newsSentence is { Length: > 0 }:
                title = _newsSentence;
                break;
            case DocumentKind.Statement or DocumentKind.ExplanationOfVote or DocumentKind.RightOfReply:
                var who = doc.Speakers.Count > 0 ? doc.Speakers[0].Name : doc.Author != null ? "the " + TextRules.TrimLeadingThe(doc.Author) : null;
                if (who == null)
                {
                    break;
                }

                var head = _headingWord ?? (doc.Kind == DocumentKind.ExplanationOfVote ? "Explanation of vote" : "Statement");
                var reply = doc.Kind == DocumentKind.RightOfReply && !head.Contains("reply", StringComparison.OrdinalIgnoreCase)
                    ? " in exercise of the right of reply"
                    : "";
                var at = doc.Event != null
                    ? " at the " + EventInTitle(doc.Event)
                    : doc.Organs.Count > 0 ? " at the " + doc.Organs[0].Name : "";
                title = $"{head} by {who}{reply}{at}";
                break;
        }

        if (title != null)
        {
            return title;
        }

        var fallback = _paragraphs.Count > 0 ? _paragraphs[0].First : "";
        if (fallback.Length > 200)
        {
            var cut = fallback.LastIndexOf(' ', 200);
            fallback = fallback[..(cut > 50 ? cut : 200)] + "…";
        }

        if (fallback.Length == 0)
        {
            fallback = _source.Length > 0 ? _source : "Untitled document";
        }

        _warnings.Add(new ImportWarning("title", "No title could be built; the first line is used"));
        return fallback;
    }
}
