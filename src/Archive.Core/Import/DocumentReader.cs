using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import;

// One parse: reads the heading part line by line, then the body, and collects what it found.
internal sealed partial class DocumentReader
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
    private string? _eventSegment;
    private bool _jointHeading;
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

    // Heading lines no rule read ("Check against delivery" aside): they stay at the top of the body rather than vanish.
    private readonly List<string> _unreadHeadingLines = [];

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
        var kept = _isUnFormat || _isNews || _unreadHeadingLines.Count == 0
            ? []
            : SourceParagraph.Split(string.Join("\n\n", _unreadHeadingLines));
        var body = BodyBuilder.Build([.. kept, .. _paragraphs.Skip(_bodyStart)]);
        var (symbols, resolutions) = ReadCitations(body, organs.Count > 0 ? organs[0].Name : null);

        var author = _author ?? _headingAuthor ?? LetterheadAuthor();
        // "Joint statement by Iceland, Estonia and the Republic of Korea": no one country, whoever delivers it.
        var country = _jointHeading
            ? null
            : MemberStates.FindFirst(author)
                ?? _speakers.Select(s => MemberStates.FindFirst(s.Role)).FirstOrDefault(c => c != null)
                ?? MemberStates.FindFirst(_letterhead);
        var eventName = JoinEvent(CleanEvent(_eventText), CleanEvent(_eventSegment));

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
            Language = _language ?? LanguageRules.Detect(body) ?? LanguageRules.Detect(HeaderText() + "\n\n" + body),
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

    // A short statement ("Mr. President, … Thank you.") has too few words to tell its language; its heading, in the same
    // language, adds the rest.
    private string HeaderText() =>
        string.Join("\n\n", _paragraphs.Take(_bodyStart).Select(p => p.Text.Length > 1_000 ? "" : p.Text));

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

    // Header rules look at short lines only: the 502-character news line that opens seed 001 ("date 2025-07-01 BAKU, …")
    // and the long body paragraphs are prose, and a cap keeps every line-level pattern cheap.
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

        var sawHeading = false;
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
                sawHeading = true;
                continue;
            }

            // "At the United Nations Security Council open debate on “Children and armed conflict”" under the heading.
            if (sawHeading && p.Plain.Count <= 2 && p.Text.Length < 300 && HeaderRules.EventContinuation.IsMatch(first)
                && (OrganNames.FindAll(p.Text).Count > 0 || HeaderRules.EventWords.IsMatch(p.Text)))
            {
                continue;
            }

            // "Mr. President,  / Excellencies,  / Distinguished delegates,"
            if (HeaderRules.Salutation.IsMatch(first) && p.Plain.All(l => l.Length < 80))
            {
                return i;
            }

            if (HeaderRules.HasCompliments(p.Text))
            {
                return i;
            }

            // "Permanent Mission of the Republic of Ghana … in Geneva / Rue de Lausanne 67, 1202 Genève / Tel: …" runs past
            // 200 characters without being prose: a letterhead never ends a sentence.
            if (IsLetterhead(p) && !EndsSentence(p.Text))
            {
                continue;
            }

            if (IsProse(p))
            {
                return i;
            }
        }

        return 0;
    }

    // "At the outset, I would like to thank the Secretary-General …": running text, not a heading, session or agenda line.
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

        return EndsSentence(text) && TextRules.WordCount(text) >= 8;
    }

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd('*', ' ');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '\u201d' or '"';
    }

    private DocumentKind DecideKind()
    {
        // "Letter dated …", "Identical letters dated …", "Note verbale dated …" or "… presents its compliments to …".
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
        // "in exercise of the right of reply" in the heading or the opening paragraphs.
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

        // A "(Signed) Aram Petrosyan" line under a text whose "Letter dated …" title is missing: still a letter.
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

    // For a New York organ, a bare "Deputy Permanent Representative of Norway" (at the Security Council) is accredited
    // to the United Nations.
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

        if (doc.Language == null && _paragraphs.Count > 0)
        {
            _warnings.Add(new ImportWarning("language", "The language could not be recognised"));
        }

        // A Human Rights Council text always names its session, and a General Assembly agenda item belongs to one; without
        // it the item or statement cannot be placed. (A Security Council or Assembly statement often names no session or
        // year at all, so that alone is not warned.)
        foreach (var organ in doc.Organs.Where(o => o.Session == null))
        {
            if (organ.Name == OrganNames.HumanRightsCouncil
                || (organ.Name == OrganNames.GeneralAssembly && doc.AgendaItems.Any(a => a.Organ == organ.Name)))
            {
                _warnings.Add(new ImportWarning("session", $"No session was found for the {organ.Name}"));
            }
        }

        if (doc.Country == null && doc.Kind is not (DocumentKind.Unknown or DocumentKind.NewsReport))
        {
            _warnings.Add(_jointHeading
                ? new ImportWarning("country", "A joint statement by several States; no single country was set")
                : new ImportWarning("country", "Neither the author nor a speaker's role names a State"));
        }
    }
}
