using Archive.Core.Documents;

namespace Archive.Core.Import;

// What the body says about the document: compliments, closing line, signatures, news datelines, citations.
internal sealed partial class DocumentReader
{
    private void ReadBodyMetadata()
    {
        var body = _paragraphs.Skip(_bodyStart).ToList();

        // "The Permanent Mission … presents its compliments to the Office of …"
        foreach (var p in body.Take(3))
        {
            if (!HeaderRules.HasCompliments(p.Text))
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
            if (!BodyBuilder.IsSignedLine(p.First))
            {
                continue;
            }

            var signed = HeaderRules.Signed.Match(p.First);

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
                AddSpeaker(new ParsedSpeaker(name, roleLines.Count > 0 ? string.Join(", ", roleLines) : null, SpeakerCapacity.Signatory));
            }
        }

        if (body.Count > 0 && !_headingFound && _titleKind == null)
        {
            ReadMissionLetter(body);
        }

        if (body.Count > 0 && !_headingFound && _titleKind == null)
        {
            ReadNews(body[0]);
        }
    }

    // A letter on the mission's own paper, with no UN title: "Excellency," … "Please accept, Excellency, the assurances of
    // my highest consideration." then the signer ("Daniel Kipchumba / Ambassador and Permanent Representative") and the
    // addressee ("H.E. Mr. Jonas Lindqvist / Secretary-General of the United Nations / New York").
    private void ReadMissionLetter(List<SourceParagraph> body)
    {
        if (!HeaderRules.LetterSalutation.IsMatch(Short(body[0].First)))
        {
            return;
        }

        var closing = body.FindLastIndex(p => p.Text.Length < 400 && HeaderRules.LetterClosing.IsMatch(p.Text));
        if (closing < 0 || closing < body.Count - 4)
        {
            return;
        }

        _titleKind = DocumentKind.Letter;
        var next = closing + 1;
        if (next < body.Count && !_speakers.Any(s => s.Capacity == SpeakerCapacity.Signatory) && IsSignatureBlock(body[next]))
        {
            var lines = body[next].Plain;
            AddSpeaker(new ParsedSpeaker(PersonName.StripHonorifics(lines[0]), lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null,
                SpeakerCapacity.Signatory));
            next++;
        }

        if (next < body.Count && body[next].Plain.Count >= 2 && PersonName.StripHonorifics(body[next].First) != body[next].First)
        {
            // The line under the addressee's name is the office the letter is addressed to.
            _addressee ??= body[next].Plain[1].Trim(' ', ',');
        }
    }

    // "Daniel Kipchumba / Ambassador and Permanent Representative": a short name line, then at most three short role lines.
    private static bool IsSignatureBlock(SourceParagraph p)
    {
        if (p.Plain.Count is < 1 or > 4 || p.Plain.Any(l => l.Length > 90) || IsProse(p))
        {
            return false;
        }

        var words = PersonName.StripHonorifics(p.First).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) || w.EndsWith('.'))
            && !p.First.EndsWith('.') && !PersonName.IsOnlyTitle(p.First);
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

        // A headline above the dateline ("Azerbaijan calls for accountability at UN Security Council debate") is the
        // agency's wording, not the meeting's name: only the report's own sentence names the event.
        _eventText = null;
        var verb = HeaderRules.SpeechVerb.Match(_newsSentence);
        if (verb.Success)
        {
            ReadNewsSpeaker(_newsSentence[..verb.Index]);
            var after = _newsSentence[verb.Index..];
            // "… made statement at the plenary meeting of …", "… addressed the Security Council open debate on …"
            var at = after.IndexOf(" at the ", StringComparison.Ordinal);
            var skip = 8;
            if (at < 0 && after.StartsWith(" addressed the ", StringComparison.Ordinal))
            {
                at = " addressed".Length;
                skip = 5;
            }

            if (at >= 0)
            {
                var evt = after[(at + skip)..];
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
        AddSpeaker(new ParsedSpeaker(name, role.Length > 0 ? role : null, SpeakerCapacity.Speaker));
    }

    // The text is a State and nothing else: its UN name ("Canada"), a name the list maps to it, or a one-word short form
    // that begins its UN name, as Bolivia for Bolivia (Plurinational State of) in the list (four letters at least, so
    // that no stray short word passes as a State).
    private static bool IsWholeStateName(string text) =>
        MemberStates.All.Any(s => string.Equals(s, text, StringComparison.OrdinalIgnoreCase))
        || string.Equals(MemberStates.FindFirst(text), text, StringComparison.OrdinalIgnoreCase)
        || (MemberStates.FindFirst(text) is { } c && text.Split(' ').Length == 1 && text.Length >= 4 && c.StartsWith(text, StringComparison.OrdinalIgnoreCase));

    // "Tofig", "F.", "Owusu-Mensah"; not "UN" or "the".
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

    // A dot after these ends no sentence: "Statement by H.E. Mr. Yashar Aliyev" read as a news sentence stays whole.
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

    private static (IReadOnlyList<string> Symbols, IReadOnlyList<ParsedResolution> Resolutions) ReadCitations(string body, string? primaryOrgan)
    {
        var symbols = UnSymbols.FindAll(body).ToList();
        var (resolutions, sessionSymbols) = ResolutionCitations.Find(body, primaryOrgan);
        foreach (var s in sessionSymbols)
        {
            if (!symbols.Contains(s))
            {
                symbols.Add(s);
            }
        }

        return (symbols, resolutions);
    }
}
