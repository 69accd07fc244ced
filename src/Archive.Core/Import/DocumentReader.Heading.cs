using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import;

// The heading part: letterheads, mastheads, session blocks, titles and "Statement by …" blocks.
internal sealed partial class DocumentReader
{
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

        // "Human Rights Council, 46th session / Item 2: … / Statement by the delegation of …": the particulars
        // come first in the same paragraph, then the heading.
        var heading = p.Plain.Skip(1).Select(Short).ToList().FindIndex(l => HeaderRules.Heading.IsMatch(l) || HeaderRules.TitleStart.IsMatch(l));
        if (heading >= 0)
        {
            ReadHeaderParagraph(p.Before(heading + 1));
            ReadHeaderParagraph(p.From(heading + 1));
            return;
        }

        // "At the United Nations Security Council open debate on “Children and armed conflict”" in its own paragraph under
        // the "Statement by …" paragraph: the heading's event, continued.
        var continued = _headingFound ? HeaderRules.EventContinuation.Match(first) : Match.Empty;
        if (continued.Success && p.Plain.Count <= 2)
        {
            var evt = TextRules.TitleCaseIfShouted(string.Join(' ', p.Plain.Select(Short))[continued.Length..].Trim());
            if (DateRules.TrySplitTrailingDate(evt, out var undated, out var evtDate))
            {
                _headerDate ??= evtDate;
                evt = undated.TrimEnd(' ', ',', '\u2014');
            }

            ReadOrgansIn(evt);
            AddEventText(evt);
            return;
        }

        // "**Statement by Mr. Evil Tester, Counsellor of the Permanent Mission of Iceland**" repeating a "# Statement by
        // Mr. Evil Tester at the General Assembly" heading: the role the first line left out.
        if (HeaderRules.Heading.IsMatch(first) && _speakers.Count == 1 && _speakers[0].Role == null)
        {
            ReadHeading(p);
            return;
        }

        // "**Ambassador Helen Marsh, UK Permanent Representative to the UN**" under a heading that named a State.
        if (_headingFound && _speakers.Count == 0 && p.Plain.Count <= 3 && StartsWithHonorific(first))
        {
            var block = new HeadingBlock();
            ReadByPart(p.Text, block);
            if (!string.IsNullOrWhiteSpace(block.Name))
            {
                AddSpeaker(new ParsedSpeaker(block.Name, block.Roles.Count > 0 ? string.Join(", ", block.Roles) : null, SpeakerCapacity.Speaker));
                return;
            }
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

        // An organ block ("General Assembly / Seventy-fourth session / Agenda item 36") ends with its paragraph.
        _blockOrgan = null;

        // In a UN document the agenda titles are the lines nothing else claimed, one run of lines per title.
        var run = new List<string>();
        for (var i = 0; i < p.Plain.Count; i++)
        {
            var line = p.Plain[i];
            if (!ReadHeaderLine(Short(line)))
            {
                run.Add(line);
                _firstFreeLine ??= line;
                _unreadHeadingLines.Add(p.Raw[i]);
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

    // Returns True when the line was recognised as metadata.
    private bool ReadHeaderLine(string line)
    {
        if (line.Length == 0)
        {
            return true;
        }

        if (HeaderRules.CheckAgainstDelivery.IsMatch(line))
        {
            return true;
        }

        // "27 November 2019" on the line under "Distr.: General".
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

        // "Original: English", or "English only".
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

        // "A/75/612" alone on a masthead line.
        if (UnSymbols.IsSymbol(line))
        {
            _symbol ??= line.Trim();
            return true;
        }

        // "General Assembly Security Council A/74/588–S/2019/907": organs and symbol on one masthead line.
        var lastSpace = line.LastIndexOf(' ');
        if (lastSpace > 0 && UnSymbols.IsSymbol(line[(lastSpace + 1)..]) && OrganNames.IsOnlyOrgans(line[..lastSpace]))
        {
            _symbol ??= line[(lastSpace + 1)..];
            return ReadHeaderLine(line[..lastSpace]);
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

        // "Seventy-fourth session" under "General Assembly", "Seventy-fourth year" under "Security Council".
        var session = HeaderRules.SessionLine.Match(line);
        // Outside such a block it belongs to the masthead's organ only when that names just one ("General Assembly" above
        // "Seventy-seventh session" in a note verbale); under "General Assembly Security Council" it could be either's.
        if (session.Success && OrdinalWords.TryParse(session.Groups[1].Value, out var n))
        {
            var organ = _blockOrgan ?? (_organs.Count == 1 ? _organs[0].Name : null);
            if (organ != null)
            {
                AddOrgan(organ, n);
            }

            return true;
        }

        // "Agenda items 31, 32, 37, 68, 75, 83 and 130" belongs to the block it stands in.
        if (AgendaRules.TryParse(line, out var items, out var inlineTitle, out var meeting))
        {
            // "Item 3: Interactive dialogue with the Special Rapporteur …" names the meeting, not the item.
            if (meeting != null)
            {
                AddEventText(meeting);
            }

            foreach (var (number, sub) in items)
            {
                _agenda.Add((_blockOrgan, number, sub, items.Count == 1 ? inlineTitle : null));
            }

            return true;
        }

        // "Ref: 0461/27/20/22"
        var reference = HeaderRules.Reference.Match(line);
        if (reference.Success)
        {
            _reference ??= reference.Groups[1].Value;
            return true;
        }

        // "633 Third Avenue, Suite 3210, New York, NY, 10017" and "GENEVA" give the mission's city.
        if (IsContactOrAddress(line) || HeaderRules.IsDutyStation(line))
        {
            _city ??= HeaderRules.DutyStationIn(line);
            return true;
        }

        // "*25 May 2021*", "Geneva, 10 July 2020"
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
            AddEventText(rest);
            return true;
        }

        return rest.Length == 0;
    }

    // "… to the Office of the United Nations High Commissioner for Human Rights and, with reference to …": the "and" opens the next clause.
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

    // What a "Statement by …" block has said so far: the speaker's name and role lines, and the event once it starts.
    private sealed class HeadingBlock
    {
        public string? Name { get; set; }
        public List<string> Roles { get; } = [];
        public bool InEvent { get; set; }
        public List<string> EventParts { get; } = [];
    }

    // "Statement by H.E. Mr. Yashar Aliyev / Permanent Representative … / at the Security Council open debate …"
    private void ReadHeading(SourceParagraph p)
    {
        _headingFound = true;
        var lines = p.Plain.Select(Short).Where(l => l.Length > 0).ToList();
        var m = HeaderRules.Heading.Match(lines[0]);
        _headingWord ??= TextRules.UpperFirst(TextRules.CollapseSpaces(m.Groups[1].Value).ToLowerInvariant());

        var block = new HeadingBlock();
        var rest = m.Groups[2].Success ? m.Groups[2].Value.Trim() : "";
        // "Joint statement by …": a list of States after "by" is the author, never a person.
        _jointHeading |= _headingWord.StartsWith("Joint", StringComparison.Ordinal);

        // "STATEMENT ON BEHALF OF THE GROUP OF 77 AND CHINA BY H.E. …": the group goes to the speaker's role (the
        // letterhead's mission stays the author, so the country is the speaker's, not a State named in the group).
        string? onBehalf = null;
        var by = rest.IndexOf(" by ", StringComparison.OrdinalIgnoreCase);
        if (by > 0 && rest.StartsWith("on behalf of ", StringComparison.OrdinalIgnoreCase))
        {
            onBehalf = "on behalf of " + TextRules.TitleCaseIfShouted(rest[13..by].Trim());
            onBehalf = onBehalf.Replace("on behalf of The ", "on behalf of the ", StringComparison.Ordinal);
        }

        // "Statement of the Kingdom of Belgium": "of" and a State, like "by".
        if (ByPart(rest) == null && rest.StartsWith("of ", StringComparison.OrdinalIgnoreCase)
            && MemberStates.FindFirst(rest) != null && !StartsWithHonorific(rest[3..]))
        {
            rest = "by " + rest[3..];
        }

        var (byPart, next) = FindByPart(lines, rest);
        if (byPart != null)
        {
            ReadByPart(byPart, block);
        }

        for (var i = next; i < lines.Count; i++)
        {
            ReadHeadingLine(TextRules.TitleCaseIfShouted(lines[i]), block);
        }

        ReadHeadingEvent(block);
        if (HeaderRules.RightOfReply.IsMatch(p.Text))
        {
            _rightOfReplyInHeading = true;
        }

        if (onBehalf != null)
        {
            block.Roles.Add(onBehalf);
        }

        if (!string.IsNullOrWhiteSpace(block.Name))
        {
            var role = block.Roles.Count > 0 ? string.Join(", ", block.Roles) : null;
            var same = _speakers.FindIndex(s => s.Name == block.Name);
            if (same >= 0)
            {
                _speakers[same] = _speakers[same] with { Role = _speakers[same].Role ?? role };
            }
            else
            {
                AddSpeaker(new ParsedSpeaker(block.Name, role, SpeakerCapacity.Speaker));
            }
        }
    }

    // "Statement" (or "Statement by") on one line and "by H.E. Ms. …" (or "H.E. Ms. …") on the next.
    private static (string? ByPart, int Next) FindByPart(List<string> lines, string rest)
    {
        var byPart = ByPart(rest);
        if (lines.Count > 1 && (byPart == null || byPart.Length == 0))
        {
            if (lines[1].StartsWith("by ", StringComparison.OrdinalIgnoreCase))
            {
                return (lines[1][3..], 2);
            }

            if (byPart != null)
            {
                return (lines[1], 2);
            }
        }

        return (byPart, 1);
    }

    // "Iceland, Estonia and the Republic of Korea": two or more parts, none a person or a role. Member States always; under
    // a "Joint statement" heading any capitalised names ("the Nordic countries: Denmark, …", or States the list lacks).
    private bool IsStateList(string text)
    {
        if (StartsWithHonorific(text) || text.Length > 300)
        {
            return false;
        }

        var parts = HeaderRules.ListSplit.Split(text).Select(x => TextRules.TrimLeadingThe(x.Trim())).Where(x => x.Length > 0).ToList();
        if (parts.Count < 2)
        {
            return false;
        }

        if (parts.All(IsWholeStateName))
        {
            return true;
        }

        return _jointHeading && parts.All(x => char.IsUpper(x[0]) && x.Split(' ').Length <= 6
            && !x.Split(' ').Any(w => HeaderRules.RoleWords.Contains(w) && w is not ("Republic" or "Kingdom" or "Federation" or "United")));
    }

    private static bool StartsWithHonorific(string line) =>
        line.Length < 200 && PersonName.StripHonorifics(line) != line.Trim() && !HeaderRules.Salutation.IsMatch(line);

    // What follows "by": a person, a State or a delegation, then perhaps a role and the start of the event.
    private void ReadByPart(string byPart, HeadingBlock block)
    {
        // "… Briefing on Non-proliferation — 3 May 2022": the date closing the heading line is the meeting's.
        if (DateRules.TrySplitTrailingDate(byPart, out var undated, out var date))
        {
            _headerDate ??= date;
            byPart = undated.TrimEnd(' ', ',', '\u2014');
        }

        var (who, evt) = SplitEvent(TextRules.TitleCaseIfShouted(CutDraft(byPart)));
        if (evt != null)
        {
            block.EventParts.Add(evt);
            block.InEvent = true;
        }

        // "Joint Statement by Iceland, Estonia and the Republic of Korea", "Joint statement by the Nordic countries: Denmark,
        // Finland, …": several States speak together; the list as written is the author, a speaker comes only from "Delivered by".
        if (IsStateList(who.Trim(' ', ',')))
        {
            _jointHeading = true;
            _headingAuthor ??= TextRules.UpperFirst(TextRules.TrimLeadingThe(who.Trim(' ', ',')));
            return;
        }

        // "Ms. Ingrid Solheim, Deputy Permanent Representative of Norway": the person, then the role after the comma.
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
            block.Name = PersonName.StripHonorifics(role);
            block.Roles.Add(TextRules.TrimLeadingThe(person.Trim()));
        }
        else if (person.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || person.StartsWith("delegation", StringComparison.OrdinalIgnoreCase))
        {
            // "Statement by the delegation of Cyprus": no person, the delegation is the author.
            _headingAuthor ??= TextRules.UpperFirst(TextRules.TrimLeadingThe(who.Trim(' ', ',')));
        }
        else
        {
            block.Name = PersonName.StripHonorifics(person);
            if (role.Length > 0)
            {
                block.Roles.Add(role);
            }
        }
    }

    // One line under the "Statement by …" line: a "Delivered by" line, a date, a role line or part of the event.
    private void ReadHeadingLine(string line, HeadingBlock block)
    {
        if (ReadDeliveredBy(line))
        {
            return;
        }

        if (DateRules.TryParseWithPlace(line, out var date, out var place))
        {
            _headerDate ??= date;
            _place ??= place;
            return;
        }

        // "Sixth Committee", "Agenda item 83: The rule of law …", "78th Session of the General Assembly" under the
        // speaker's name are particulars of the meeting, not more of the role.
        if (!block.InEvent && IsMeetingParticular(line))
        {
            if (HeaderRules.SessionOfOrgan.IsMatch(line))
            {
                ReadOrgansIn(line);
            }
            else
            {
                ReadHeaderLine(line);
            }

            return;
        }

        var (before, evt) = SplitEvent(" " + line);
        if (block.InEvent)
        {
            block.EventParts.Add(line);
            return;
        }

        if (evt != null)
        {
            if (before.Trim().Length > 0)
            {
                AddRoleLine(block.Roles, before.Trim());
            }

            block.EventParts.Add(evt);
            block.InEvent = true;
            return;
        }

        if (block.Roles.Count > 0 && (OrganNames.FindAll(line).Count > 0 && HeaderRules.EventWords.IsMatch(line)))
        {
            block.EventParts.Add(line);
            block.InEvent = true;
            return;
        }

        AddRoleLine(block.Roles, line);
    }

    // "Sixth Committee", "Seventy-eighth session", "Agenda item 83: …", "78th Session of the General Assembly".
    private static bool IsMeetingParticular(string line) =>
        OrganNames.IsOnlyOrgans(line)
        || HeaderRules.SessionLine.IsMatch(line)
        || AgendaRules.TryParse(line, out _, out _)
        || (HeaderRules.SessionOfOrgan.IsMatch(line) && OrganNames.FindAll(line).Count == 1);

    // The event lines joined; "in exercise of the right of reply" says the kind rather than naming an event.
    private void ReadHeadingEvent(HeadingBlock block)
    {
        var eventText = block.EventParts.Count > 0 ? string.Join(' ', block.EventParts).Trim(' ', ',', '.') : null;
        if (eventText == null)
        {
            return;
        }

        if (HeaderRules.RightOfReply.IsMatch(eventText))
        {
            _rightOfReplyInHeading = true;
            return;
        }

        ReadOrgansIn(eventText);
        AddEventText(eventText);
    }

    // "Commission on the Status of Women, sixty-sixth session" names no event once its organ and session are read, so the
    // "General discussion" line under it is the event; "High-level political forum on sustainable development …" and then
    // "Ministerial segment" are the forum and its segment, kept apart and joined when the event is built.
    private void AddEventText(string text)
    {
        var cleaned = CleanEvent(text);
        if (cleaned == null)
        {
            return;
        }

        var current = CleanEvent(_eventText);
        if (current == null)
        {
            _eventText = text;
        }
        else if (_eventSegment == null && HeaderRules.MeetingSegment.IsMatch(cleaned)
            && !HeaderRules.MeetingSegment.IsMatch(current) && !current.Contains(cleaned, StringComparison.OrdinalIgnoreCase))
        {
            _eventSegment = text;
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
            AddSpeaker(new ParsedSpeaker(name, string.IsNullOrEmpty(role) ? null : role, SpeakerCapacity.Speaker));
        }

        return true;
    }

    // "Madam President" is left as "President" once the honorific goes: a title names no person, so no speaker.
    private void AddSpeaker(ParsedSpeaker speaker)
    {
        if (PersonName.IsOnlyTitle(speaker.Name))
        {
            _warnings.Add(new ImportWarning("speaker", $"\"{speaker.Name}\" is a title, not a name; the speaker was left empty"));
            return;
        }

        _speakers.Add(speaker);
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

    // Each organ named in a line, with the session that belongs to it: "the seventy-ninth session of the United Nations
    // General Assembly" or "General Assembly, seventy-fifth session, general debate". A session written beside one organ
    // says nothing about another organ named in the same line, which keeps a null session.
    private void ReadOrgansIn(string text)
    {
        var found = OrganNames.FindAll(text);
        if (found.Count == 0)
        {
            return;
        }

        var sessions = new Dictionary<int, int>();
        foreach (Match m in HeaderRules.SessionPhrase.Matches(text))
        {
            if (OrdinalStart(m) is not { } start || HeaderRules.OrdinalAtEnd(m.Groups[1].Value) is not { } n)
            {
                continue;
            }

            var owner = OrganAfterSession(text, m.Index + m.Length, found) ?? OrganBeforeSession(text, start, found);
            if (owner is { } o)
            {
                sessions.TryAdd(o, n);
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            AddOrgan(found[i].Name, sessions.TryGetValue(i, out var n) ? n : null);
        }
    }

    // Where the ordinal words of a session phrase start: "Human Rights Council forty-sixth session" → "forty-sixth".
    private static int? OrdinalStart(Match m)
    {
        var words = m.Groups[1].Value;
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(parts.Length, 5); take >= 1; take--)
        {
            var tail = string.Join(' ', parts[^take..]);
            if (OrdinalWords.TryParse(tail, out _))
            {
                return m.Groups[1].Index + words.LastIndexOf(tail, StringComparison.Ordinal);
            }
        }

        return null;
    }

    // "… session of the United Nations General Assembly": the organ right after "of the".
    private static readonly Regex OfTheOrgan = new(
        @"^\s+of\s+(?:the\s+)?((?:United\s+Nations\s+|UN\s+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking);

    private static int? OrganAfterSession(string text, int end, IReadOnlyList<(int Index, int Length, string Name)> found)
    {
        var of = OfTheOrgan.Match(text[end..Math.Min(text.Length, end + 40)]);
        if (!of.Success)
        {
            return null;
        }

        // "of the United Nations General Assembly" names the Assembly, but "United Nations" can also begin the organ's own name.
        var i = IndexOfOrganAt(found, end + of.Length);
        i = i >= 0 ? i : IndexOfOrganAt(found, end + of.Groups[1].Index);
        return i >= 0 ? i : null;
    }

    // "General Assembly, seventy-fifth session, general debate": the organ just before, after a comma, an "at its" or nothing.
    private static int? OrganBeforeSession(string text, int start, IReadOnlyList<(int Index, int Length, string Name)> found)
    {
        var before = text[..start].TrimEnd();
        foreach (var joint in new[] { " at its", " during its", " in its", "'s", "\u2019s", ",", " \u2013", " \u2014" })
        {
            if (before.EndsWith(joint, StringComparison.OrdinalIgnoreCase))
            {
                before = before[..^joint.Length].TrimEnd();
                break;
            }
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Index + found[i].Length == before.Length)
            {
                return i;
            }
        }

        return null;
    }

    private static int IndexOfOrganAt(IReadOnlyList<(int Index, int Length, string Name)> found, int at)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Index == at)
            {
                return i;
            }
        }

        return -1;
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
}
