using System.Globalization;
using System.Text;
using Archive.Core.Documents;

namespace Archive.Core.Import.Pipeline;

/// <summary>
/// The parse, stage by stage: normalise → zones → the heading reader and one extractor per field propose candidates →
/// one resolver per field picks a value or none → the record, with the evidence of every filled field and a warning
/// wherever a resolver hesitated or found nothing.
/// </summary>
internal static class DocumentPipeline
{
    public static ParsedDocument Parse(string text, string source)
    {
        var normalized = NormalizedText.From(text);
        var lines = ZoneFinder.Find(normalized);
        var reader = new DocumentReader(ReaderInput(text, normalized, lines), source).Read();
        var c = new ParseContext(normalized, lines, reader);

        var kind = FieldResolver.Resolve("kind", KindExtractor.Propose(c), SameKindClass);
        var finalKind = kind.KeepsReader || kind.Value is null ? reader.Kind : Enum.Parse<DocumentKind>(kind.Value);
        var isNews = finalKind == DocumentKind.NewsReport;
        c.Kind = finalKind;
        var date = FieldResolver.Resolve("date", DateExtractor.Propose(c));
        var speaker = FieldResolver.Resolve("speaker", SpeakerExtractor.Propose(c), SamePerson);
        var organ = FieldResolver.Resolve("organ", OrganExtractor.Propose(c, finalKind), SameOrgans);
        var session = FieldResolver.Resolve("session", SessionExtractor.Propose(c, isNews));
        var agenda = FieldResolver.Resolve("agenda", AgendaExtractor.Propose(c), SameAgenda);
        var symbols = SymbolExtractor.Propose(c).ToList();

        var warnings = new List<ImportWarning>();
        var doc = reader with { Kind = finalKind };
        doc = ApplyDate(doc, date, finalKind, warnings);
        doc = ApplySpeaker(doc, speaker, finalKind);
        doc = ApplyOrgans(doc, organ, session, warnings);
        doc = ApplyAgenda(doc, agenda);
        doc = ApplySymbols(doc, symbols);
        doc = ApplyTitle(doc, normalized);

        var resolutions = new[] { kind, date, speaker, organ, session, agenda };
        foreach (var r in resolutions.Where(r => r.Hesitated && r.Winner?.Value is not null))
            warnings.Add(new ImportWarning(r.Field, $"Read as \"{r.Winner!.Value}\" ({r.Winner.Rule}); \"{r.RunnerUp!.Value}\" ({r.RunnerUp.Rule}) was also possible"));

        // The reader's warnings about a field the pipeline has since filled no longer hold.
        var filled = new HashSet<string>(StringComparer.Ordinal);
        if (doc.Kind != DocumentKind.Unknown && reader.Kind == DocumentKind.Unknown) filled.Add("kind");
        if (doc.Date != null && reader.Date == null) filled.Add("date");
        if (doc.Speakers.Count > 0 && reader.Speakers.Count == 0) { filled.Add("speaker"); filled.Add("author"); }
        if (doc.Organs.Count > 0 && reader.Organs.Count == 0) filled.Add("organ");
        var kept = doc.Warnings.Where(w => !filled.Contains(w.Field)).ToList();
        if (doc.Speakers.Count == 0 && reader.Speakers.Count > 0)
            warnings.Add(new ImportWarning("speaker", $"\"{reader.Speakers[0].Name}\" under the title is a role or a meeting, not a person; no speaker was set"));

        return doc with
        {
            Warnings = [.. kept, .. warnings],
            Evidence = Evidence(doc, c, resolutions, symbols),
        };
    }

    // The reader reads lines and paragraphs, so it gets the text without front matter and web noise, with a paragraph
    // break where a flattened text's heading ends. A text with none of these goes to it untouched.
    private static string ReaderInput(string raw, NormalizedText normalized, IReadOnlyList<SourceLine> lines)
    {
        var text = normalized.Text;
        var edits = new List<(int Start, int End, string With)>();
        if (normalized.FrontMatterEnd > 0)
            edits.Add((0, normalized.FrontMatterEnd, ""));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Zone == Zone.WebNoise)
                edits.Add((line.Start, line.End, ""));
            else if (i > 0 && lines[i - 1].End < line.Start && text.AsSpan(lines[i - 1].End, line.Start - lines[i - 1].End).IndexOf('\n') < 0)
                edits.Add((line.Start, line.Start, "\n\n"));
        }
        if (edits.Count == 0)
            return raw;
        var sb = new StringBuilder(text.Length + 16);
        var at = 0;
        foreach (var (start, end, with) in edits.Where(e => e.Start >= normalized.FrontMatterEnd || e.Start == 0).OrderBy(e => e.Start))
        {
            if (start < at)
                continue;
            sb.Append(text, at, start - at).Append(with);
            at = end;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    private static ParsedDocument ApplyDate(ParsedDocument doc, Resolution date, DocumentKind kind, List<ImportWarning> warnings)
    {
        if (date.KeepsReader || date.Value is null || !DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            return doc;
        switch (kind)
        {
            case DocumentKind.Letter or DocumentKind.IdenticalLetters or DocumentKind.NoteVerbale:
                return doc with { WrittenOn = d };
            case DocumentKind.NewsReport:
                return doc with { PublishedOn = d };
            case DocumentKind.Unknown:
                warnings.Add(new ImportWarning("date", $"A date ({date.Value}, {date.Winner!.Rule}) was found but the document's kind is unknown, so it was not used"));
                return doc;
            default:
                return doc with { DeliveredOn = d };
        }
    }

    private static ParsedDocument ApplySpeaker(ParsedDocument doc, Resolution speaker, DocumentKind kind)
    {
        if (speaker.KeepsReader)
            return doc;
        var speakers = doc.Speakers.ToList();
        var at = speakers.FindIndex(s => s.Capacity is SpeakerCapacity.Speaker or SpeakerCapacity.Signatory);
        if (speaker.Value is null)
        {
            // The reader's "speaker" was a role or a meeting, not a person.
            if (at >= 0 && speaker.Winner?.FromReader == true)
                speakers.RemoveAt(at);
            return doc with { Speakers = speakers };
        }
        if (kind == DocumentKind.NoteVerbale)
            return doc;
        var capacity = kind is DocumentKind.Letter or DocumentKind.IdenticalLetters ? SpeakerCapacity.Signatory : SpeakerCapacity.Speaker;
        if (at >= 0)
            speakers[at] = speakers[at] with { Name = speaker.Value };
        else
            speakers.Insert(0, new ParsedSpeaker(speaker.Value, null, capacity));
        return doc with { Speakers = speakers };
    }

    private static ParsedDocument ApplyOrgans(ParsedDocument doc, Resolution organ, Resolution session, List<ImportWarning> warnings)
    {
        var organs = doc.Organs.ToList();
        if (!organ.KeepsReader && organ.Winner is not null)
        {
            if (organ.Value is null)
            {
                warnings.Add(new ImportWarning("organ", $"A UN organ is named only as the setting of a side event (\"{organ.Winner.Quote}\"); no organ was set"));
                organs = [];
            }
            else
            {
                organs = [.. organ.Value.Split("; ").Select(name => new ParsedOrgan(name, doc.Organs.FirstOrDefault(o => o.Name == name)?.Session))];
            }
        }
        if (!session.KeepsReader && session.Winner is not null)
        {
            // A Main Committee meets in the Assembly's session: "the First Committee of the 79th General Assembly".
            var at = organs.FindIndex(o => o.Name == OrganNames.GeneralAssembly);
            if (at < 0 || !organs.Any(o => OrganNames.AgendaOwner(o.Name) == OrganNames.GeneralAssembly && o.Name != OrganNames.GeneralAssembly))
                at = organs.FindIndex(o => o.Name != OrganNames.SecurityCouncil);
            // Under two bodies, a session line that names neither belongs to neither.
            var bodies = Forums(string.Join("; ", organs.Select(o => o.Name))).Count;
            if (bodies > 1 && session.Winner.Rule != SessionExtractor.BoundRule)
                at = -1;
            int? number = session.Value is null ? null : int.Parse(session.Value, CultureInfo.InvariantCulture);
            if (at >= 0)
                organs[at] = organs[at] with { Session = number };
            else if (number is not null)
                warnings.Add(new ImportWarning("session", $"A session ({session.Winner.Quote}) was found but no organ it belongs to"));
        }
        return doc with { Organs = organs };
    }

    private static ParsedDocument ApplyAgenda(ParsedDocument doc, Resolution agenda)
    {
        if (agenda.KeepsReader || agenda.Value is null)
            return doc;
        var owner = doc.Organs.FirstOrDefault(o => o.Name != OrganNames.SecurityCouncil);
        var items = new List<ParsedAgendaItem>();
        foreach (var item in agenda.Value.Split('|'))
        {
            var parts = item.Split(' ', 2);
            var number = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var sub = parts.Length > 1 ? parts[1].Trim('(', ')') : "";
            var title = doc.AgendaItems.FirstOrDefault(a => a.Number == number && a.SubItem == sub)?.Title;
            items.Add(new ParsedAgendaItem(owner is null ? OrganNames.GeneralAssembly : OrganNames.AgendaOwner(owner.Name), owner?.Session, number, sub, title));
        }
        return doc with { AgendaItems = items };
    }

    private static ParsedDocument ApplySymbols(ParsedDocument doc, List<Candidate> symbols)
    {
        var known = new HashSet<string>(doc.CitedSymbols.Select(Fold), StringComparer.Ordinal);
        if (doc.Symbol is { } own)
            known.Add(Fold(own));
        var cited = doc.CitedSymbols.ToList();
        foreach (var s in symbols.Where(s => s.Value is not null))
        {
            if (known.Add(Fold(s.Value!)))
                cited.Add(s.Value!);
        }
        // "A/62/667" read where "A/62/667S/2008/55" is written: the damaged joint symbol replaces its first half.
        foreach (var joined in symbols.Where(s => s.Rule == "joint-symbol-dash-lost"))
        {
            cited.RemoveAll(x => joined.Value!.StartsWith(x, StringComparison.Ordinal) && x != joined.Value);
        }
        return doc with { CitedSymbols = cited };
    }

    // title: "Statement by the delegate of Peru" is the title when the reader found none of its own ("Mr. Chairman,").
    private static ParsedDocument ApplyTitle(ParsedDocument doc, NormalizedText normalized)
    {
        if (normalized.FrontMatter.TryGetValue("title", out var title) && title.Value.Length > 0
            && (doc.Title is null || doc.Warnings.Any(w => w.Field == "title")))
            return doc with { Title = title.Value, Warnings = [.. doc.Warnings.Where(w => w.Field != "title")] };
        return doc;
    }

    private static List<FieldEvidence> Evidence(ParsedDocument doc, ParseContext c, Resolution[] resolutions, List<Candidate> symbols)
    {
        var evidence = new List<FieldEvidence>();
        foreach (var r in resolutions)
        {
            if (r.Winner?.Value is not { } value || !Filled(doc, r.Field))
                continue;
            var stored = r.Field switch
            {
                "kind" => doc.Kind.ToString(),
                "speaker" => doc.Speakers.FirstOrDefault(s => s.Capacity is SpeakerCapacity.Speaker or SpeakerCapacity.Signatory)?.Name ?? value,
                "organ" => string.Join("; ", doc.Organs.Select(o => o.Name)),
                _ => value,
            };
            evidence.Add(ToEvidence(r.Field, stored, r.Winner, c) with { RunnerUp = r.Hesitated ? ToEvidence(r.Field, r.RunnerUp!.Value!, r.RunnerUp, c) : null });
        }
        if (doc.Symbol is { } own)
        {
            var at = c.Text.IndexOf(own, StringComparison.Ordinal);
            evidence.Add(new FieldEvidence("symbol", own, own, at, symbols.FirstOrDefault(s => s.Value == own)?.Rule ?? Candidate.ReaderPrefix + "symbol"));
        }
        if (doc.Title is { } title)
            evidence.Add(new FieldEvidence("title", title, title, c.Text.IndexOf(title, StringComparison.Ordinal), Candidate.ReaderPrefix + "title"));
        return evidence;
    }

    private static bool Filled(ParsedDocument doc, string field) => field switch
    {
        "kind" => doc.Kind != DocumentKind.Unknown,
        "date" => doc.Date != null,
        "speaker" => doc.Speakers.Count > 0,
        "organ" => doc.Organs.Count > 0,
        "session" => doc.Organs.Any(o => o.Session != null),
        "agenda" => doc.AgendaItems.Count > 0,
        _ => true,
    };

    // A reader's value is quoted from the text where its words can be found there.
    private static FieldEvidence ToEvidence(string field, string value, Candidate candidate, ParseContext c)
    {
        var start = candidate.Start;
        var quote = candidate.Quote;
        if (start < 0 && quote.Length > 0)
            start = c.Text.IndexOf(quote, StringComparison.Ordinal);
        return new FieldEvidence(field, value, quote, start, candidate.Rule);
    }

    private static string Fold(string symbol) => new string([.. symbol.Where(ch => !char.IsWhiteSpace(ch))]).ToUpperInvariant();

    private static bool SameKindClass(string? a, string? b) => KindClass(a) == KindClass(b);

    private static string? KindClass(string? kind) => kind switch
    {
        null => null,
        nameof(DocumentKind.Statement) or nameof(DocumentKind.ExplanationOfVote) or nameof(DocumentKind.RightOfReply) => "statement",
        nameof(DocumentKind.Letter) or nameof(DocumentKind.IdenticalLetters) => "letter",
        _ => kind,
    };

    private static bool SamePerson(string? a, string? b) =>
        a is null || b is null ? a == b : PersonName.MatchKey(a) == PersonName.MatchKey(b) || PersonName.AreSamePerson(a, b);

    // A Main Committee is a committee of the Assembly: "Sixth Committee" and "Sixth Committee; General Assembly" agree.
    private static bool SameOrgans(string? a, string? b) =>
        a is null || b is null ? a == b : Forums(a).SetEquals(Forums(b));

    private static HashSet<string> Forums(string organs)
    {
        var set = new HashSet<string>(organs.Split("; "), StringComparer.Ordinal);
        if (set.Any(o => o.EndsWith(" Committee", StringComparison.Ordinal) && OrganNames.AgendaOwner(o) == OrganNames.GeneralAssembly))
            set.Remove(OrganNames.GeneralAssembly);
        return set;
    }

    private static bool SameAgenda(string? a, string? b) =>
        a is null || b is null ? a == b
            : new HashSet<string>(a.Split('|').Select(x => x.Split(' ')[0])).SetEquals(b.Split('|').Select(x => x.Split(' ')[0]));
}
