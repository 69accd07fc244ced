using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Archive.Core.Documents;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// The UN General Debate Corpus: files <c>Session NN - YYYY/CCC_NN_YYYY.txt</c>, sidecar <c>speakers_by_session.csv</c>
/// (<c>year,session,iso3,country,speaker,post</c>). Each file is a statement in the General Assembly's general debate of
/// session NN, by the State CCC, dated by its year; speaker, post and country come from the row of the same year and
/// code. The rules that join the two (docs/bulk-import.md) correct only what the sheet itself gives evidence for.
/// </summary>
public sealed partial class UngdcProfile : IImportProfile
{
    public const string ProfileName = "ungdc";

    /// <summary>The general debate as the parser names it in other statements, so both list under one event.</summary>
    public const string GeneralDebate = "General debate";

    // Codes in the sheet that are no ISO 3166 code, each seen beside the country name of the code it stands for
    // (corpus README): 1947 "CZK, Czechoslovakia", 1961 "PAR, Paraguay", 2016 "POR, Portugal", 1968–1989 "YDYE, Democratic
    // Yemen" (the corpus files South Yemen as YMD), 1969 "DKN, Denmark", 2016 "ZFA, South Africa", 2017 "PKR, Democratic
    // People's Republic of Korea", 2011 and 2013 "EC, European Council" (Herman Van Rompuy, for the EU, filed as EU).
    private static readonly Dictionary<string, string> CodeAliases = new(StringComparer.Ordinal)
    {
        ["CZK"] = "CSK", ["PAR"] = "PRY", ["POR"] = "PRT", ["YDYE"] = "YMD", ["DKN"] = "DNK", ["ZFA"] = "ZAF",
        ["PKR"] = "PRK", ["EC"] = "EU",
    };

    // Names for codes the sheet never uses with a row of its own in some years; the EU's files carry no country column.
    private static readonly Dictionary<string, string> FallbackNames = new(StringComparer.Ordinal) { ["EU"] = "European Union" };

    // "UNGDC_1946-2024/Session 01 - 1946/ARG_01_1946.txt": the folder's session and year must agree with the file's.
    [GeneratedRegex(@"(?:^|/)Session (\d{1,3}) - (\d{4})/([A-Z]{2,4})_(\d{1,3})_(\d{4})\.txt$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();

    private readonly Dictionary<(int Year, string Code), List<Entry>> _byKey;
    private readonly Dictionary<string, List<(int Year, string Country)>> _namesByCode;
    private readonly Dictionary<string, string> _currentNames;
    private readonly List<JoinNote> _rowNotes = [];
    private readonly ConcurrentDictionary<(int Year, string Code), byte> _claimed = new();
    private readonly ConcurrentDictionary<string, JoinNote> _fileNotes = new(StringComparer.Ordinal);

    public string Fingerprint { get; }

    public UngdcProfile(SidecarCsv sidecar)
    {
        Fingerprint = "sidecar sha256 " + sidecar.Sha256;
        var missing = new[] { "year", "iso3", "country", "speaker", "post" }.Where(c => !sidecar.Header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
            throw new FormatException($"The sidecar lacks the column{(missing.Count == 1 ? "" : "s")} {string.Join(", ", missing)} the ungdc profile reads (year,session,iso3,country,speaker,post).");

        var entries = new List<Entry>();
        foreach (var row in sidecar.Rows)
        {
            var code = Clean(row["iso3"]).ToUpperInvariant();
            if (!int.TryParse(Clean(row["year"]), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || code.Length == 0)
            {
                _rowNotes.Add(new JoinNote(JoinOutcome.RowWithoutFile, RowName(row.Line, Clean(row["year"]), code),
                    $"no usable year or code, so no file can take it (country \"{Clean(row["country"])}\", speaker \"{Clean(row["speaker"])}\")."));
                continue;
            }
            // 1989 "BTN,Bhutan,Mr Tsering,missing": the sheet's placeholder for an unknown post is no post.
            var post = Clean(row["post"]);
            if (post.Equals("missing", StringComparison.OrdinalIgnoreCase))
                post = "";
            entries.Add(new Entry(row.Line, year, code, code, Clean(row["country"]), Clean(row["speaker"]), post));
        }

        Rekey(entries);
        _namesByCode = entries.Where(e => e.Country.Length > 0 && e.Code == e.SheetCode).GroupBy(e => e.Code)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.Year, e.Country)).ToList(), StringComparer.Ordinal);
        // The Member State a code stands for today: the latest row since 1990 that gives a UN name ("Kuwait"), so that
        // "State of Kuwait" is Kuwait too. Codes of States that ended before (YMD, CSK, YUG's rows) have none.
        _currentNames = _namesByCode.Select(p => (p.Key, Name: p.Value.Where(n => n.Year >= 1990).OrderByDescending(n => n.Year)
                .Select(n => MemberStates.CanonicalName(n.Country)).FirstOrDefault(n => n is not null)))
            .Where(p => p.Name is not null).ToDictionary(p => p.Key, p => p.Name!, StringComparer.Ordinal);
        _byKey = [];
        foreach (var group in entries.GroupBy(e => (e.Year, e.Code)))
            _byKey[group.Key] = Collapse(group.Key, [.. group]);
    }

    public string Name => ProfileName;

    public FileMetadata MetadataFor(string path)
    {
        var match = FilePattern().Match(path);
        if (!match.Success || match.Groups[1].Value.TrimStart('0') != match.Groups[4].Value.TrimStart('0') || match.Groups[2].Value != match.Groups[5].Value)
        {
            var note = new JoinNote(JoinOutcome.FileNotInPattern, path,
                "the name does not follow Session NN - YYYY/CCC_NN_YYYY.txt (with the same session and year twice); stored with what the parser read.");
            _fileNotes[path] = note;
            return new FileMetadata { Notes = [new ImportWarning("sidecar", note.Message)] };
        }
        var session = int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture);
        var code = match.Groups[3].Value;
        var notes = new List<ImportWarning>
        {
            new("date", $"The corpus gives only the year {year}; the statement is dated 1 January {year} so that it lists under its year."),
        };
        string? country;
        IReadOnlyList<SidecarSpeaker> speakers = [];
        if (_byKey.TryGetValue((year, code), out var rows))
        {
            _claimed[(year, code)] = 0;
            // A row found by a non-ISO code ("EC, European Council") takes the name the sheet gives the code it stands for.
            country = rows[0].ByAlias ? NameFor(code, year) ?? CountryName(code, rows[0].Country) : CountryName(code, rows[0].Country) ?? NameFor(code, year);
            speakers = [.. rows.Where(r => r.Speaker.Length > 0).Select(r => new SidecarSpeaker(r.Speaker, r.Post.Length > 0 ? r.Post : null))];
            if (speakers.Count == 0)
                notes.Add(new ImportWarning("speaker", $"The sidecar row (line {rows[0].Line}) names no speaker; the speaker is as the parser read it."));
            foreach (var row in rows.Where(r => r.Code != r.SheetCode))
                notes.Add(new ImportWarning("sidecar", $"Joined to the sidecar row of line {row.Line}, whose code {row.SheetCode} was read as {row.Code} ({row.Why})."));
            if (speakers.Count > 1)
                notes.Add(new ImportWarning("speaker", $"The sidecar has {speakers.Count} rows for {code} {year} naming different people (lines {string.Join(", ", rows.Select(r => r.Line))}); all are linked as speakers, in the sheet's order."));
        }
        else
        {
            country = NameFor(code, year);
            var note = new JoinNote(JoinOutcome.FileWithoutRow, path,
                $"no sidecar row for {year} and {code}; country \"{country ?? code}\" taken from the sheet's other years, speaker as the parser read it.");
            _fileNotes[path] = note;
            notes.Add(new ImportWarning("sidecar", note.Message));
        }
        var who = speakers.Count > 0 ? $"{Display(speakers[0].Name)} ({country ?? code})" : country ?? code;
        return new FileMetadata
        {
            Kind = DocumentKind.Statement,
            Title = $"Statement by {who} at the general debate of the {Ordinal(session)} session of the General Assembly",
            Organ = OrganNames.GeneralAssembly,
            Session = session,
            Year = year,
            Event = GeneralDebate,
            Country = country ?? code,
            Speakers = speakers,
            Notes = notes,
        };
    }

    public IReadOnlyList<JoinNote> JoinReport(IReadOnlyCollection<string> pathsSeen)
    {
        var unclaimed = _byKey.Where(k => !_claimed.ContainsKey(k.Key)).SelectMany(k => k.Value.Select(e => new JoinNote(JoinOutcome.RowWithoutFile,
            RowName(e.Line, e.Year.ToString(CultureInfo.InvariantCulture), e.SheetCode),
            $"no file {e.Code}_{e.Year - 1945:00}_{e.Year}.txt" + (e.Code != e.SheetCode ? $" (code read as {e.Code}: {e.Why})" : "")
            + $"; country \"{e.Country}\", speaker \"{e.Speaker}\"" + (e.Post.Length > 0 ? $", post \"{e.Post}\"" : "") + ".")));
        var seen = pathsSeen.ToHashSet(StringComparer.Ordinal);
        return [.. _rowNotes.Concat(unclaimed).Concat(_fileNotes.Values.Where(n => seen.Contains(n.Subject)))
            .OrderBy(n => n.Outcome).ThenBy(n => n.Subject, StringComparer.Ordinal)];
    }

    /// <summary>"Mr. Krishna MENON" → "Mr. Krishna Menon": words the sheet writes in capitals, as UN records print surnames.</summary>
    public static string Display(string name) =>
        string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w =>
            w.Length > 1 && w.Any(char.IsLetter) && w.Where(char.IsLetter).All(char.IsUpper) && !IsInitials(w)
                ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w.ToLowerInvariant()) : w));

    // "H.M." and "U.S." stay as they are, and so do regnal numbers ("FREDERIK IX").
    private static bool IsInitials(string word) =>
        (word.Contains('.', StringComparison.Ordinal) && word.Replace(".", "", StringComparison.Ordinal).Length <= 3) || word.All(c => c is 'I' or 'V' or 'X');

    // Codes are corrected in two steps, each only into a (year, code) no other row holds, so no row displaces another:
    // first the listed non-ISO codes, then a code the row's own country name contradicts, read as the code the sheet uses
    // for that name in most rows (2001 "SWE, Swaziland" → SWZ frees SWE for 2001 "CHE, Sweden"; 1962 "ARE, United Arab
    // Republic" → EGY). A name that is a minority use of the code it stands beside, with that year's slot taken
    // (1960 "AUS, Austria" while AUT 1960 has its own row), stays with its code.
    private void Rekey(List<Entry> entries)
    {
        var held = entries.GroupBy(e => (e.Year, e.Code)).ToDictionary(g => g.Key, g => g.Count());
        void Move(Entry entry, string code, string why)
        {
            if (--held[(entry.Year, entry.Code)] == 0)
                held.Remove((entry.Year, entry.Code));
            held[(entry.Year, code)] = held.GetValueOrDefault((entry.Year, code)) + 1;
            entry.Code = code;
            entry.Why = why;
            _rowNotes.Add(new JoinNote(JoinOutcome.Corrected, RowName(entry.Line, entry.Year.ToString(CultureInfo.InvariantCulture), entry.SheetCode),
                $"code {entry.SheetCode} read as {code}: {why}."));
        }

        foreach (var entry in entries.Where(e => CodeAliases.ContainsKey(e.Code)))
        {
            var target = CodeAliases[entry.Code];
            if (!held.ContainsKey((entry.Year, target)))
            {
                Move(entry, target, $"{entry.SheetCode} is no ISO 3166 code; the corpus files \"{entry.Country}\" as {target}");
                entry.ByAlias = true;
            }
        }

        var usual = entries.Where(e => e.Country.Length > 0).GroupBy(e => Fold(e.Country))
            .Select(g => (Name: g.Key, Codes: g.GroupBy(e => e.Code).Select(c => (Code: c.Key, Count: c.Count())).OrderByDescending(c => c.Count).ToList()))
            .Where(n => n.Codes.Count > 1 && n.Codes[0].Count > n.Codes[1].Count)
            .ToDictionary(n => n.Name, n => n.Codes[0]);
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var entry in entries)
            {
                if (entry.Country.Length == 0 || !usual.TryGetValue(Fold(entry.Country), out var best) || best.Code == entry.Code
                    || held.ContainsKey((entry.Year, best.Code)))
                    continue;
                Move(entry, best.Code, $"the sheet writes \"{entry.Country}\" with {best.Code} in {best.Count} rows, and has no other row for {best.Code} in {entry.Year}");
                moved = true;
            }
        }
    }

    // Rows of one (year, code): the same person twice (spaces, case) is one row; different people are all kept.
    private List<Entry> Collapse((int Year, string Code) key, List<Entry> rows)
    {
        var kept = new List<Entry>();
        foreach (var row in rows)
        {
            var same = kept.FirstOrDefault(k => PersonName.MatchKey(k.Speaker) == PersonName.MatchKey(row.Speaker));
            if (same is null)
            {
                kept.Add(row);
                continue;
            }
            if (same.Post.Length == 0)
                same.Post = row.Post;
            _rowNotes.Add(new JoinNote(JoinOutcome.Merged, RowName(row.Line, key.Year.ToString(CultureInfo.InvariantCulture), row.SheetCode),
                $"the same speaker as line {same.Line} (\"{same.Speaker}\" / \"{row.Speaker}\") for {key.Code} {key.Year}; kept once."));
        }
        if (kept.Count > 1)
        {
            _rowNotes.Add(new JoinNote(JoinOutcome.TwoSpeakers, $"{key.Code} {key.Year}",
                $"{kept.Count} rows name different people ({string.Join("; ", kept.Select(k => $"line {k.Line}: \"{k.Speaker}\""))}); the file is linked to all of them."));
        }
        return kept;
    }

    // A State's UN short name when the sheet's is one of its listed forms ("Turkey" → "Türkiye") or names the State its code
    // stands for today ("State of Kuwait", "Portuguese Republic"); else the sheet's, so historical names stay ("Union of
    // Soviet Socialist Republics", "Congo, Leopoldville", "Democratic Yemen"), and one mission lists one State's statements.
    private string? CountryName(string code, string sheet)
    {
        if (sheet.Length == 0)
            return null;
        if (MemberStates.CanonicalName(sheet) is { } canonical)
            return canonical;
        return _currentNames.TryGetValue(code, out var current) && MemberStates.FindFirst(sheet) == current ? current : sheet;
    }

    // The name the sheet gives this code in the nearest year that has a row for it.
    private string? NameFor(string code, int year) =>
        _namesByCode.TryGetValue(code, out var names)
            ? CountryName(code, names.OrderBy(n => Math.Abs(n.Year - year)).ThenByDescending(n => n.Year).First().Country)
            : FallbackNames.GetValueOrDefault(code);

    private static string RowName(int line, string year, string code) => $"line {line} ({year}, {(code.Length == 0 ? "no code" : code)})";

    private static string Fold(string name) => name.Replace('\u2019', '\'').ToLowerInvariant();

    // Cells keep the sheet's spaces and line breaks ("Brazil "); one space between words is what the archive stores.
    private static string Clean(string cell) => TextRules.CollapseSpaces(cell.Replace('\r', ' ').Replace('\n', ' ')).Trim();

    private static string Ordinal(int n) => n.ToString(CultureInfo.InvariantCulture) + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });

    private sealed class Entry(int line, int year, string sheetCode, string code, string country, string speaker, string post)
    {
        public int Line { get; } = line;
        public int Year { get; } = year;
        public string SheetCode { get; } = sheetCode;
        public string Code { get; set; } = code;
        public string Why { get; set; } = "";
        public bool ByAlias { get; set; }
        public string Country { get; } = country;
        public string Speaker { get; } = speaker;
        public string Post { get; set; } = post;
    }
}
