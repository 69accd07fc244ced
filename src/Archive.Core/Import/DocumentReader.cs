using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import;

/// <summary>One parse: reads the heading part line by line, then the body, and collects what it found.</summary>
internal sealed class DocumentReader
{
    private const int MaxHeaderParagraphs = 60;

    private readonly List<ImportWarning> _warnings = [];
    private readonly List<SourceParagraph> _paragraphs;
    private readonly int _bodyStart;
    private readonly string _source;

    private DateOnly? _published;
    private DateOnly? _distributed;
    private DateOnly? _written;
    private DateOnly? _headerDate;
    private DateOnly? _closingDate;
    private bool _expectDistributionDate;
    private bool _isUnFormat;

    private readonly List<(string Name, int? Session)> _organs = [];
    private string? _blockOrgan;
    private readonly List<(string? Organ, int Number, string SubItem, string? Title)> _agenda = [];
    private readonly List<string> _agendaTitleParagraphs = [];

    private DocumentKind? _titleKind;
    private string? _titleLine;
    private string? _headingWord;
    private bool _headingFound;
    private bool _rightOfReplyInHeading;
    private string? _eventText;
    private string? _headingAuthor;
    private string? _letterhead;
    private string? _city;
    private string? _author;
    private string? _addressee;
    private string? _place;
    private string? _reference;
    private string? _symbol;
    private string? _language;
    private string? _agency;
    private bool _isNews;
    private string? _newsSentence;
    private string? _firstFreeLine;
    private readonly List<ParsedSpeaker> _speakers = [];

    public DocumentReader(string text, string source)
    {
        _source = source;
        var normalized = Normalize(text);
        var export = normalized.Length > 0 ? HeaderRules.ExportDate.Match(normalized) : Match.Empty;
        if (export.Success && DateRules.TryParse(export.Groups[1].Value, out var published))
        {
            _published = published;
            normalized = normalized[export.Length..];
        }

        _paragraphs = SourceParagraph.Split(normalized);
        _bodyStart = FindBodyStart();
    }

    public ParsedDocument Read()
    {
        _isUnFormat = _paragraphs.Take(_bodyStart).Any(p => p.Plain.Any(l => HeaderRules.Distribution.IsMatch(Short(l))));
        for (var i = 0; i < _bodyStart; i++)
        {
            ReadHeaderParagraph(_paragraphs[i]);
        }

        ReadBodyMetadata();
        var kind = DecideKind();
        AssignDates(kind);
        ReadSpeakerRoles();
        var organs = _organs.Select(o => new ParsedOrgan(o.Name, o.Session)).ToList();
        var agenda = BuildAgenda(organs);
        var body = BodyBuilder.Build(_paragraphs.Skip(_bodyStart).ToList());
        var (symbols, resolutions) = ReadCitations(body);

        var author = _author ?? _headingAuthor ?? LetterheadAuthor();
        var country = MemberStates.FindFirst(author)
            ?? _speakers.Select(s => MemberStates.FindFirst(s.Role)).FirstOrDefault(c => c != null)
            ?? MemberStates.FindFirst(_letterhead);
        var eventName = CleanEvent(_eventText);

        var doc = new ParsedDocument
        {
            Kind = kind,
            DeliveredOn = kind is DocumentKind.Statement or DocumentKind.ExplanationOfVote or DocumentKind.RightOfReply
                ? _headerDate ?? _closingDate
                : null,
            WrittenOn = _written,
            DistributedOn = _distributed,
            PublishedOn = _published,
            Organs = organs,
            Event = eventName,
            Author = author,
            Country = country,
            Addressee = _addressee,
            Place = _place,
            ReferenceNumber = _reference,
            Symbol = _symbol,
            Language = _language,
            Source = _isNews ? _agency : null,
            Speakers = _speakers,
            AgendaItems = agenda,
            CitedSymbols = symbols,
            Resolutions = resolutions,
            Body = body,
        };

        doc = doc with { Title = BuildTitle(doc) };
        Warn(doc);
        return doc with { Warnings = _warnings };
    }

    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    sb.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\t' or '\u00a0' or '\u2007' or '\u202f':
                    sb.Append(' ');
                    break;
                case '\ufeff' or '\u200b':
                    break;
                case '\f' or '\u2028' or '\u2029':
                    sb.Append('\n');
                    break;
                default:
                    if (!char.IsControl(c) || c == '\n')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static string Short(string line) => line.Length > 400 ? "" : line;

    // The body starts at the salutation ("Mr. President,"), after a UN title line ("Letter dated …"),
    // at "… presents its compliments to …", or at the first paragraph of running prose.
    private int FindBodyStart()
    {
        var limit = Math.Min(_paragraphs.Count, MaxHeaderParagraphs);

        // A UN document ("Distr.: General") runs its heading down to the "Letter dated …" line.
        var distributed = _paragraphs.Take(15).Any(p => p.Plain.Any(l => HeaderRules.Distribution.IsMatch(Short(l))));
        for (var i = 0; distributed && i < limit; i++)
        {
            if (HeaderRules.TitleStart.IsMatch(Short(_paragraphs[i].First)))
            {
                return i + 1;
            }
        }

        for (var i = 0; i < limit; i++)
        {
            var p = _paragraphs[i];
            var first = Short(p.First);
            if (HeaderRules.TitleStart.IsMatch(first))
            {
                return i + 1;
            }

            if (HeaderRules.Heading.IsMatch(first))
            {
                continue;
            }

            // "Mr. President,  / Excellencies,  / Distinguished delegates,"
            if (HeaderRules.Salutation.IsMatch(first) && p.Plain.All(l => l.Length < 80))
            {
                return i;
            }

            if (p.Text.Contains("presents its compliments", StringComparison.Ordinal) || IsProse(p))
            {
                return i;
            }
        }

        return 0;
    }

    private static bool IsProse(SourceParagraph p)
    {
        var text = p.Text;
        var first = Short(p.First);
        if (HeaderRules.SessionLine.IsMatch(first) || OrganNames.IsOnlyOrgans(first) || AgendaRules.TryParse(first, out _, out _))
        {
            return false;
        }

        if (text.Length >= 200)
        {
            return true;
        }

        var end = text.TrimEnd('*', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '\u201d' or '"' && TextRules.WordCount(text) >= 8;
    }

    private void ReadHeaderParagraph(SourceParagraph p)
    {
        var first = Short(p.First);
        if (HeaderRules.TitleStart.IsMatch(first))
        {
            ReadTitle(p.Text);
            return;
        }

        if (HeaderRules.Heading.IsMatch(first))
        {
            ReadHeading(p);
            return;
        }

        if (!_isUnFormat && IsLetterhead(p))
        {
            var kept = new List<string>();
            foreach (var line in p.Plain)
            {
                if (IsContactOrAddress(line) || HeaderRules.IsDutyStation(line))
                {
                    _city ??= HeaderRules.DutyStationIn(line);
                }
                else
                {
                    kept.Add(line);
                }
            }

            _letterhead ??= string.Join(' ', kept);
            return;
        }

        // In a UN document the agenda titles are the lines nothing else claimed, one run of lines per title.
        var run = new List<string>();
        foreach (var line in p.Plain)
        {
            if (!ReadHeaderLine(Short(line)))
            {
                run.Add(line);
                _firstFreeLine ??= line;
            }
            else if (run.Count > 0)
            {
                FlushTitleRun(run);
            }
        }

        FlushTitleRun(run);
    }

    private void FlushTitleRun(List<string> run)
    {
        if (run.Count > 0 && _isUnFormat)
        {
            _agendaTitleParagraphs.Add(string.Join(' ', run));
        }

        run.Clear();
    }

    // "**THE PERMANENT MISSION OF THE REPUBLIC OF / AZERBAIJAN TO THE UNITED NATION**"
    private static bool IsLetterhead(SourceParagraph p)
    {
        if (p.Plain.Count > 6 || p.Plain.Any(l => l.Length > 200))
        {
            return false;
        }

        var text = p.Text;
        return text.Contains("permanent mission", StringComparison.OrdinalIgnoreCase)
            || text.Contains("mission permanente", StringComparison.OrdinalIgnoreCase)
            || text.Contains("permanent observer mission", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Delegation of", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("Embassy of", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsContactOrAddress(string line) =>
        line.Length < 200 && (HeaderRules.Contact.IsMatch(line) || HeaderRules.Email.IsMatch(line) || HeaderRules.Address.IsMatch(line));

    /// <returns>True when the line was recognised as metadata.</returns>
    private bool ReadHeaderLine(string line)
    {
        if (line.Length == 0)
        {
            return true;
        }

        if (_expectDistributionDate && DateRules.TryParse(line, out var distributed))
        {
            _distributed ??= distributed;
            _expectDistributionDate = false;
            return true;
        }

        var distr = HeaderRules.Distribution.Match(line);
        if (distr.Success)
        {
            if (DateRules.TryParse(distr.Groups[1].Value, out var d))
            {
                _distributed ??= d;
            }
            else
            {
                _expectDistributionDate = true;
            }

            return true;
        }

        var original = HeaderRules.Original.Match(line);
        if (!original.Success)
        {
            original = HeaderRules.OnlyLanguage.Match(line);
        }

        if (original.Success)
        {
            _language ??= TextRules.UpperFirst(original.Groups[1].Value.ToLowerInvariant());
            return true;
        }

        // "United Nations" above the symbol on the masthead, and "22 February–23 March 2021" under a session.
        if (line.Equals("United Nations", StringComparison.OrdinalIgnoreCase) || line.Equals("Nations Unies", StringComparison.OrdinalIgnoreCase)
            || HeaderRules.DateRange.IsMatch(line) || ReadDeliveredBy(line))
        {
            return true;
        }

        if (line.StartsWith("United Nations ", StringComparison.OrdinalIgnoreCase) && UnSymbols.IsSymbol(line[15..]))
        {
            _symbol ??= line[15..].Trim();
            return true;
        }

        if (UnSymbols.IsSymbol(line))
        {
            _symbol ??= line.Trim();
            return true;
        }

        // "General Assembly Security Council" (masthead) or "General Assembly" opening a session block.
        if (OrganNames.IsOnlyOrgans(line))
        {
            var found = OrganNames.FindAll(line);
            foreach (var f in found)
            {
                AddOrgan(f.Name, null);
            }

            _blockOrgan = found.Count == 1 ? found[0].Name : null;
            return true;
        }

        var session = HeaderRules.SessionLine.Match(line);
        if (session.Success && OrdinalWords.TryParse(session.Groups[1].Value, out var n))
        {
            var organ = _blockOrgan ?? (_organs.Count > 0 ? _organs[^1].Name : null);
            if (organ != null)
            {
                AddOrgan(organ, n);
            }

            return true;
        }

        if (AgendaRules.TryParse(line, out var items, out var inlineTitle))
        {
            foreach (var (number, sub) in items)
            {
                _agenda.Add((_blockOrgan, number, sub, items.Count == 1 ? inlineTitle : null));
            }

            return true;
        }

        var reference = HeaderRules.Reference.Match(line);
        if (reference.Success)
        {
            _reference ??= reference.Groups[1].Value;
            return true;
        }

        if (IsContactOrAddress(line) || HeaderRules.IsDutyStation(line))
        {
            _city ??= HeaderRules.DutyStationIn(line);
            return true;
        }

        if (DateRules.TryParseWithPlace(line, out var date, out var place))
        {
            _headerDate ??= date;
            _place ??= place;
            return true;
        }

        if (_isUnFormat)
        {
            return false;
        }

        // "Informal interactive dialogue of the General Assembly on the responsibility to protect 06 September 2017"
        var rest = line;
        if (DateRules.TrySplitTrailingDate(line, out var before, out var trailing))
        {
            _headerDate ??= trailing;
            rest = before;
        }

        if (rest.Length > 0 && (OrganNames.FindAll(rest).Count > 0 || HeaderRules.EventWords.IsMatch(rest)))
        {
            _firstFreeLine ??= rest;
            ReadOrgansIn(rest);
            _eventText ??= rest;
            return true;
        }

        return rest.Length == 0;
    }

    // "… to the Secretariat of the United Nations (Office for Disarmament Affairs) and, with reference to …": the "and" opens the next clause.
    private static string TrimTrailingAnd(string text)
    {
        var s = text.Trim().TrimEnd(',');
        return s.EndsWith(" and", StringComparison.Ordinal) ? s[..^4].TrimEnd() : s;
    }

    // "Letter dated 26 November 2019 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General"
    private void ReadTitle(string text)
    {
        _titleLine ??= text;
        var m = text.Length < 1_000 ? HeaderRules.TitleLine.Match(text) : Match.Empty;
        var word = m.Success ? m.Groups[1].Value : HeaderRules.TitleStart.Match(text).Groups[1].Value;
        _titleKind ??= word.ToLowerInvariant() switch
        {
            var w when w.StartsWith("identical", StringComparison.Ordinal) => DocumentKind.IdenticalLetters,
            var w when w.StartsWith("note", StringComparison.Ordinal) => DocumentKind.NoteVerbale,
            _ => DocumentKind.Letter,
        };

        if (!m.Success)
        {
            var dated = HeaderRules.TitleStart.Match(text);
            var after = text[dated.Length..];
            var cut = after.IndexOf(" from ", StringComparison.Ordinal);
            if (DateRules.TryParse(cut > 0 ? after[..cut] : after, out var d))
            {
                _written ??= d;
            }

            return;
        }

        if (DateRules.TryParse(m.Groups[2].Value, out var written))
        {
            _written ??= written;
        }

        _author ??= m.Groups[3].Value.Trim();
        _addressee ??= m.Groups[4].Value.Trim();
    }

    // "Statement by H.E. Mr. Yashar Aliyev / Permanent Representative … / at the Security Council open debate …"
    private void ReadHeading(SourceParagraph p)
    {
        _headingFound = true;
        var lines = p.Plain.Select(Short).Where(l => l.Length > 0).ToList();
        var m = HeaderRules.Heading.Match(lines[0]);
        _headingWord ??= TextRules.UpperFirst(TextRules.CollapseSpaces(m.Groups[1].Value).ToLowerInvariant());
        var next = 1;
        var byPart = ByPart(m.Groups[2].Success ? m.Groups[2].Value.Trim() : "");

        // "Statement" (or "Statement by") on one line and "by H.E. Ms. …" (or "H.E. Ms. …") on the next.
        if (lines.Count > 1 && (byPart == null || byPart.Length == 0))
        {
            if (lines[1].StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            {
                byPart = lines[1][3..];
                next = 2;
            }
            else if (byPart != null)
            {
                byPart = lines[1];
                next = 2;
            }
        }

        var roles = new List<string>();
        string? name = null;
        var inEvent = false;
        var eventParts = new List<string>();

        if (byPart != null)
        {
            var (who, evt) = SplitEvent(TextRules.TitleCaseIfShouted(CutDraft(byPart)));
            if (evt != null)
            {
                eventParts.Add(evt);
                inEvent = true;
            }

            // "H.E. Ms. Amina Diallo, Minister for Foreign Affairs of Senegal"
            var comma = who.IndexOf(',', StringComparison.Ordinal);
            var person = comma > 0 ? who[..comma] : who;
            var role = comma > 0 ? who[(comma + 1)..].Trim(' ', ',') : "";
            if (IsWholeStateName(person.Trim()))
            {
                // "Explanation of vote by Canada": the State speaks; the person may follow in a "Delivered by" line.
                _headingAuthor ??= MemberStates.FindFirst(person);
            }
            else if (person.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && role.Length > 0
                && PersonName.StripHonorifics(role) != role && !role.Contains(',', StringComparison.Ordinal))
            {
                // "Statement by the Permanent Representative of Ghana, Ambassador Kwame Mensah": the role comes first.
                name = PersonName.StripHonorifics(role);
                roles.Add(TextRules.TrimLeadingThe(person.Trim()));
            }
            else if (person.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || person.StartsWith("delegation", StringComparison.OrdinalIgnoreCase))
            {
                // "Statement by the delegation of Norway": no person, the delegation is the author.
                _headingAuthor ??= TextRules.UpperFirst(TextRules.TrimLeadingThe(who.Trim(' ', ',')));
            }
            else
            {
                name = PersonName.StripHonorifics(person);
                if (role.Length > 0)
                {
                    roles.Add(role);
                }
            }
        }

        for (var i = next; i < lines.Count; i++)
        {
            var line = TextRules.TitleCaseIfShouted(lines[i]);
            if (ReadDeliveredBy(line))
            {
                continue;
            }

            if (DateRules.TryParseWithPlace(line, out var date, out var place))
            {
                _headerDate ??= date;
                _place ??= place;
                continue;
            }

            var (before, evt) = SplitEvent(" " + line);
            if (inEvent)
            {
                eventParts.Add(line);
                continue;
            }

            if (evt != null)
            {
                if (before.Trim().Length > 0)
                {
                    AddRoleLine(roles, before.Trim());
                }

                eventParts.Add(evt);
                inEvent = true;
                continue;
            }

            if (roles.Count > 0 && (OrganNames.FindAll(line).Count > 0 && HeaderRules.EventWords.IsMatch(line)))
            {
                eventParts.Add(line);
                inEvent = true;
                continue;
            }

            AddRoleLine(roles, line);
        }

        var eventText = eventParts.Count > 0 ? string.Join(' ', eventParts).Trim(' ', ',', '.') : null;
        if (eventText != null)
        {
            if (HeaderRules.RightOfReply.IsMatch(eventText))
            {
                _rightOfReplyInHeading = true;
                eventText = null;
            }
            else
            {
                ReadOrgansIn(eventText);
                _eventText ??= eventText;
            }
        }

        if (HeaderRules.RightOfReply.IsMatch(p.Text))
        {
            _rightOfReplyInHeading = true;
        }

        if (!string.IsNullOrWhiteSpace(name))
        {
            var role = roles.Count > 0 ? string.Join(", ", roles) : null;
            _speakers.Add(new ParsedSpeaker(name, role, SpeakerCapacity.Speaker));
        }
    }

    private static string? ByPart(string rest)
    {
        if (rest.Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return "";
        }

        if (rest.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return rest[3..];
        }

        var at = rest.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? rest[(at + 4)..] : null;
    }

    private static string CutDraft(string text)
    {
        foreach (var marker in HeaderRules.DraftMarkers)
        {
            var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                return text[..at];
            }
        }

        return text;
    }

    // "Delivered by Mr. Daniel Fairweather, Counsellor"
    private bool ReadDeliveredBy(string line)
    {
        var m = HeaderRules.DeliveredBy.Match(line);
        if (!m.Success)
        {
            return false;
        }

        var text = m.Groups[1].Value.Trim(' ', ',', '.');
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var name = PersonName.StripHonorifics(comma > 0 ? text[..comma] : text);
        var role = comma > 0 ? text[(comma + 1)..].Trim(' ', ',') : null;
        if (name.Length > 0 && !_speakers.Any(s => s.Name == name))
        {
            _speakers.Add(new ParsedSpeaker(name, string.IsNullOrEmpty(role) ? null : role, SpeakerCapacity.Speaker));
        }

        return true;
    }

    // "Counsellor of the Permanent Mission" + "of the Republic of Azerbaijan …" continue one role; "Ambassador" + "Permanent Representative" are two.
    private static void AddRoleLine(List<string> roles, string line)
    {
        var trimmed = line.Trim(' ', ',');
        if (trimmed.Length == 0)
        {
            return;
        }

        if (roles.Count > 0 && char.IsLower(trimmed[0]))
        {
            roles[^1] = roles[^1] + " " + trimmed;
        }
        else
        {
            roles.Add(trimmed);
        }
    }

    private static (string Before, string? Event) SplitEvent(string text)
    {
        var best = -1;
        var marker = "";
        foreach (var m in HeaderRules.EventMarkers)
        {
            var at = text.IndexOf(m, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
                marker = m;
            }
        }

        if (best < 0)
        {
            return (text.Trim(), null);
        }

        // Keep "in exercise of the right of reply" whole so the kind can be read from it.
        var start = marker.Contains("reply", StringComparison.Ordinal) || marker.Contains("debate", StringComparison.Ordinal)
            ? best + 1
            : best + marker.Length;
        return (text[..best].Trim(), text[start..].Trim());
    }

    private void ReadOrgansIn(string text)
    {
        var found = OrganNames.FindAll(text);
        if (found.Count == 0)
        {
            return;
        }

        var sessions = new List<(int Index, int Number)>();
        foreach (Match m in HeaderRules.SessionPhrase.Matches(text))
        {
            var n = HeaderRules.OrdinalAtEnd(m.Groups[1].Value);
            if (n != null)
            {
                sessions.Add((m.Index, n.Value));
            }
        }

        foreach (var f in found)
        {
            int? session = null;
            if (sessions.Count > 0)
            {
                session = sessions.OrderBy(s => Math.Abs(s.Index - f.Index)).First().Number;
            }

            AddOrgan(f.Name, session);
        }
    }

    private void AddOrgan(string name, int? session)
    {
        var i = _organs.FindIndex(o => o.Name == name);
        if (i < 0)
        {
            _organs.Add((name, session));
        }
        else if (_organs[i].Session == null && session != null)
        {
            _organs[i] = (name, session);
        }
    }

    private void ReadBodyMetadata()
    {
        var body = _paragraphs.Skip(_bodyStart).ToList();

        // "The Permanent Mission … presents its compliments to the Office of …"
        foreach (var p in body.Take(3))
        {
            if (!p.Text.Contains("presents its compliments", StringComparison.Ordinal))
            {
                continue;
            }

            var m = HeaderRules.Compliments.Match(p.Text.Length > 2_000 ? p.Text[..2_000] : p.Text);
            if (m.Success)
            {
                _author = m.Groups[1].Value.Trim();
                _addressee ??= TrimTrailingAnd(m.Groups[2].Value);
                _titleKind ??= DocumentKind.NoteVerbale;
            }

            break;
        }

        if (_addressee != null && _organs.Count == 0)
        {
            var organ = OrganNames.Recognize(_addressee);
            if (organ != null)
            {
                AddOrgan(organ, null);
            }
        }

        // "Geneva, 4 November 2020" closing a note; only short lines near the end are looked at.
        foreach (var p in Enumerable.Reverse(body).Take(4))
        {
            var line = p.Plain[^1];
            if (line.Length <= 80 && DateRules.TryParseWithPlace(line, out var date, out var place))
            {
                _closingDate = date;
                if (place != null)
                {
                    _place ??= place;
                }

                break;
            }
        }

        // "(Signed) Yashar Aliyev / Ambassador / Permanent Representative"
        for (var i = 0; i < body.Count; i++)
        {
            var p = body[i];
            var signed = HeaderRules.Signed.Match(Short(p.First));
            if (!signed.Success)
            {
                continue;
            }

            var roleLines = p.Plain.Skip(1).Where(l => l.Length is > 0 and < 150).ToList();
            for (var j = i + 1; roleLines.Count == 0 && j < body.Count && j <= i + 2; j++)
            {
                if (body[j].Plain.Count == 1 && body[j].First.Length < 80 && !IsProse(body[j]))
                {
                    roleLines.Add(body[j].First);
                }
            }

            var name = PersonName.StripHonorifics(signed.Groups[1].Value);
            if (name.Length > 0)
            {
                _speakers.Add(new ParsedSpeaker(name, roleLines.Count > 0 ? string.Join(", ", roleLines) : null, SpeakerCapacity.Signatory));
            }
        }

        if (body.Count > 0 && !_headingFound && _titleKind == null)
        {
            ReadNews(body[0]);
        }
    }

    // "BAKU, Azerbaijan, July 1. Permanent Representative of the Republic of Azerbaijan Tofig Musayev made statement at …, Trend reports, …"
    private void ReadNews(SourceParagraph first)
    {
        var text = first.Text.Length > 3_000 ? first.Text[..3_000] : first.Text;
        var dateline = HeaderRules.Dateline.Match(text);
        var agency = HeaderRules.AgencyReports.Match(text.Length > 600 ? text[..600] : text);
        if (!dateline.Success && !agency.Success)
        {
            return;
        }

        _isNews = true;
        if (dateline.Success)
        {
            _place ??= TextRules.TitleCaseIfShouted(dateline.Groups[1].Value.Trim());
            if (dateline.Groups[4].Success)
            {
                _agency ??= dateline.Groups[4].Value.Trim();
            }
        }

        if (agency.Success)
        {
            _agency ??= (agency.Groups[1].Success ? agency.Groups[1].Value : agency.Groups[2].Value).Trim().TrimEnd('.');
        }

        var rest = dateline.Success ? text[dateline.Length..] : text;
        _newsSentence = FirstSentence(rest);

        var verb = HeaderRules.SpeechVerb.Match(_newsSentence);
        if (verb.Success)
        {
            ReadNewsSpeaker(_newsSentence[..verb.Index]);
            var after = _newsSentence[verb.Index..];
            var at = after.IndexOf(" at the ", StringComparison.Ordinal);
            if (at >= 0)
            {
                var evt = after[(at + 8)..];
                var cut = evt.IndexOfAny([',', ';']);
                evt = (cut > 0 ? evt[..cut] : evt).Trim().TrimEnd('.');
                ReadOrgansIn(evt);

                // The report's own account of the meeting beats any headline in the header.
                _eventText = evt;
            }
        }
        else
        {
            ReadOrgansIn(_newsSentence);
        }
    }

    // "Permanent Representative of the Republic of Azerbaijan Tofig Musayev": the capitalised run before the verb is the
    // name, after any state name that ends the role.
    private void ReadNewsSpeaker(string before)
    {
        var words = before.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = words.Length;
        while (start > 0 && IsNameWord(words[start - 1]) && !HeaderRules.RoleWords.Contains(words[start - 1].Trim(',')))
        {
            start--;
        }

        for (var take = words.Length - start - 2; take >= 1; take--)
        {
            var prefix = string.Join(' ', words[start..(start + take)]);
            if (MemberStates.FindFirst(prefix) is { } && TextRules.IndexOfWord(prefix, prefix.Split(' ')[0]) == 0
                && IsWholeStateName(prefix))
            {
                start += take;
                break;
            }
        }

        var nameWords = words.Length - start;
        if (nameWords is < 2 or > 4)
        {
            return;
        }

        var name = PersonName.StripHonorifics(string.Join(' ', words[start..]).Trim(','));
        var role = string.Join(' ', words[..start]).Trim(' ', ',');
        _speakers.Add(new ParsedSpeaker(name, role.Length > 0 ? role : null, SpeakerCapacity.Speaker));
    }

    private static bool IsWholeStateName(string text) =>
        MemberStates.All.Any(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase))
        || string.Equals(MemberStates.FindFirst(text), text, StringComparison.OrdinalIgnoreCase)
        || (MemberStates.FindFirst(text) is { } c && text.Split(' ').Length == 1 && text.Length >= 4 && c.StartsWith(text, StringComparison.OrdinalIgnoreCase));

    // "Tofig", "F.", "Al-Hussein"; not "UN" or "the".
    private static bool IsNameWord(string w)
    {
        var t = w.Trim(',');
        if (t.Length == 0 || !char.IsUpper(t[0]))
        {
            return false;
        }

        if (t.Length >= 2 && t.All(c => char.IsUpper(c) || c == '.') && !(t.Length == 2 && t[1] == '.'))
        {
            return false;
        }

        return t.All(c => char.IsLetter(c) || c is '.' or '-' or '\'' or '\u2019');
    }

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Ms", "Mrs", "Dr", "H.E", "Prof", "St", "No", "U.S", "U.N", "Amb", "Jr", "Sr", "Gen", "Lt", "Col",
    };

    private static string FirstSentence(string text)
    {
        var limit = Math.Min(text.Length, 600);
        for (var i = 0; i < limit - 1; i++)
        {
            if (text[i] != '.' || text[i + 1] != ' ')
            {
                continue;
            }

            var wordStart = text.LastIndexOf(' ', Math.Max(i - 1, 0)) + 1;
            var word = text[wordStart..i];
            if (word.Length <= 1 || Abbreviations.Contains(word))
            {
                continue;
            }

            return text[..(i + 1)].Trim();
        }

        return text[..limit].Trim();
    }

    private DocumentKind DecideKind()
    {
        if (_titleKind is { } titled)
        {
            return titled;
        }

        if (_isNews)
        {
            return DocumentKind.NewsReport;
        }

        var headerText = string.Join(' ', _paragraphs.Take(_bodyStart).Select(p => p.Text.Length > 1_000 ? "" : p.Text));
        var opening = string.Join(' ', _paragraphs.Skip(_bodyStart).Take(3).Select(p => p.Text.Length > 2_000 ? p.Text[..2_000] : p.Text));
        if (_rightOfReplyInHeading || HeaderRules.RightOfReply.IsMatch(headerText) || HeaderRules.RightOfReply.IsMatch(opening))
        {
            return DocumentKind.RightOfReply;
        }

        if (HeaderRules.ExplanationOfVote.IsMatch(headerText) || (_headingWord?.StartsWith("Explanation", StringComparison.Ordinal) ?? false))
        {
            return DocumentKind.ExplanationOfVote;
        }

        if (_headingFound)
        {
            return DocumentKind.Statement;
        }

        if (_speakers.Any(s => s.Capacity == SpeakerCapacity.Signatory))
        {
            return DocumentKind.Letter;
        }

        var firstBody = _bodyStart < _paragraphs.Count ? _paragraphs[_bodyStart] : null;
        if (firstBody != null && HeaderRules.Salutation.IsMatch(Short(firstBody.First)))
        {
            return DocumentKind.Statement;
        }

        return DocumentKind.Unknown;
    }

    private void AssignDates(DocumentKind kind)
    {
        switch (kind)
        {
            case DocumentKind.Letter or DocumentKind.IdenticalLetters or DocumentKind.NoteVerbale:
                _written ??= _headerDate ?? _closingDate;
                break;
            case DocumentKind.NewsReport:
                _published ??= _headerDate;
                break;
        }
    }

    // For a New York organ, a bare "Permanent Representative of <State>" is the representative to the United Nations.
    private void ReadSpeakerRoles()
    {
        var primary = _organs.Count > 0 ? _organs[0].Name : null;
        if (!OrganNames.IsNewYorkOrgan(primary))
        {
            return;
        }

        for (var i = 0; i < _speakers.Count; i++)
        {
            var s = _speakers[i];
            if (s.Capacity == SpeakerCapacity.Speaker && s.Role != null && s.Role.Length < 200
                && HeaderRules.BarePermanentRepresentative.IsMatch(s.Role)
                && !s.Role.Contains(" to ", StringComparison.Ordinal))
            {
                _speakers[i] = s with { Role = s.Role + " to the United Nations" };
            }
        }
    }

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
            var organ = a.Organ ?? primary;
            var session = organs.FirstOrDefault(o => o.Name == organ)?.Session;
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

    private static (IReadOnlyList<string> Symbols, IReadOnlyList<ParsedResolution> Resolutions) ReadCitations(string body)
    {
        var symbols = UnSymbols.FindAll(body).ToList();
        var (resolutions, sessionSymbols) = ResolutionCitations.Find(body);
        foreach (var s in sessionSymbols)
        {
            if (!symbols.Contains(s))
            {
                symbols.Add(s);
            }
        }

        return (symbols, resolutions);
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
    private static readonly Regex OrganInEvent = new(
        @"(?:,?\s+(?:of|at|in|during)\s+(?:the|its)\s+(?:[A-Za-z0-9\-]+\s+){0,3}?(?:session|year))?(?:,?\s+(?:of|at|in|during|for|to|before))?(?:\s+the)?\s+(?:United\s+Nations\s+|UN\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));

    // "Security Council open debate on …" → "open debate on …"
    private static readonly Regex LeadingOrgan = new(
        @"^(?:(?:the|an?)\s+)?(?:United\s+Nations\s+|UN\s+)?(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|(?:First|Second|Third|Fourth|Fifth|Sixth)\s+Committee)(?:'s|\u2019s)?[,:]?\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));

    private static readonly Regex LeadingSession = new(
        @"^(?:(?:the|its)\s+)?((?:[A-Za-z\-]+\s+){0,2}?(?:[A-Za-z\-]+|\d{1,3}(?:st|nd|rd|th)))\s+session[,:]?\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(200));

    private static string? CleanEvent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
        {
            return null;
        }

        var s = LeadingOrgan.Replace(TextRules.TitleCaseIfShouted(text.Trim()), "");
        s = OrganInEvent.Replace(s, "");

        // "seventy-fifth session, general debate" → "general debate"
        var session = LeadingSession.Match(s);
        if (session.Success && HeaderRules.OrdinalAtEnd(session.Groups[1].Value) != null)
        {
            s = s[session.Length..];
        }

        s = TextRules.TrimLeadingThe(s.Trim(' ', ',', '.', ':', ';'));
        return s.Length < 3 ? null : TextRules.UpperFirst(s);
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
                    ? " at the " + TextRules.LowerFirstForSentence(doc.Event)
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

    private void Warn(ParsedDocument doc)
    {
        if (_paragraphs.Count == 0)
        {
            _warnings.Add(new ImportWarning("file", "The text is empty"));
        }

        if (doc.Kind == DocumentKind.Unknown)
        {
            _warnings.Add(new ImportWarning("kind", "The kind of document could not be recognised"));
        }

        if (doc.Date == null && (_headerDate ?? _closingDate) is { } unplaced)
        {
            // Without a kind there is no telling whether a heading date was delivered, written or published.
            _warnings.Add(new ImportWarning("date", $"A date ({DateRules.Format(unplaced)}) was found but the document's kind is unknown, so it was not used"));
        }
        else if (doc.Date == null)
        {
            _warnings.Add(new ImportWarning("date", "No document date was found"));
        }

        if (doc.Speakers.Count == 0 && doc.Kind != DocumentKind.NoteVerbale)
        {
            _warnings.Add(new ImportWarning("speaker", "No speaker or signatory was found"));
        }

        if (doc.Speakers.Count == 0 && doc.Author == null)
        {
            _warnings.Add(new ImportWarning("author", "No author was found"));
        }

        if (doc.Organs.Count == 0)
        {
            _warnings.Add(new ImportWarning("organ", "No UN organ was recognised"));
        }
    }
}
