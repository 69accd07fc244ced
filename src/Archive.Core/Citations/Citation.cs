using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Documents;
using Archive.Core.Import;

namespace Archive.Core.Citations;

/// <summary>
/// One document's citation as text (Chicago-like, for reading), BibTeX, RIS and CSL-JSON (for reference managers).
/// Every format is built from the same <see cref="CitationSource"/>, so they never disagree.
/// </summary>
public static class Citation
{
    public const string ArchiveName = "Statements Archive";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"Musayev, Tofiq F. “Statement by ….” Statement, General Assembly, …, 6 September 2017. Statements Archive. https://… (accessed 25 November 2026)."</summary>
    public static string Format(CitationSource s)
    {
        var parts = new List<string>();
        var who = People(s);
        if (who.Count > 0)
            parts.Add(EndSentence(JoinPeople(who)));
        else if (Body(s) is { } body)
            parts.Add(EndSentence(body));
        parts.Add("\u201c" + EndSentence(InnerQuotes(s.Title)) + "\u201d");
        var where = new List<string> { Capitalise(DocumentKinds.Label(s.Kind)) };
        if (Body(s) != s.Publisher?.Trim())
            AddIfAny(where, s.Publisher);  // an agency already named as the author is not named twice
        AddIfAny(where, s.Organ);
        AddIfAny(where, s.Event is { } e ? InnerQuotes(e) : null);
        AddIfAny(where, s.Place);
        where.Add(s.Date is { } d ? LongDate(d) : "undated");
        parts.Add(EndSentence(string.Join(", ", where)));
        if (!string.IsNullOrWhiteSpace(s.Symbol))
            parts.Add(EndSentence("UN document " + s.Symbol));
        else if (!string.IsNullOrWhiteSpace(s.ReferenceNumber))
            parts.Add(EndSentence("Ref. " + s.ReferenceNumber));
        parts.Add(ArchiveName + ".");
        parts.Add($"{s.Url} (accessed {LongDate(s.Accessed)}).");
        return Clean(string.Join(" ", parts));
    }

    /// <summary>
    /// A BibTeX <c>@misc</c> entry; text fields escape TeX's special characters and spell accented letters, typographic
    /// quotes and dashes in TeX (so the entry works with 8-bit BibTeX as with biber); names stay in "Family, Given" form;
    /// the month is BibTeX's own macro (<c>sep</c>), which every style prints in its own language.
    /// </summary>
    public static string ToBibTex(CitationSource s)
    {
        var fields = new List<(string Name, string Value)>();
        var who = People(s);
        if (who.Count > 0)
            fields.Add(("author", string.Join(" and ", who.Select(p => TexEscape(Inverted(p))))));
        else if (Body(s) is { } body)
            fields.Add(("author", "{" + TexEscape(body) + "}"));  // a body, not a person: braces keep BibTeX from splitting it
        fields.Add(("title", "{" + TexEscape(s.Title) + "}"));
        fields.Add(("howpublished", TexEscape(string.Join(", ", new[] { Capitalise(DocumentKinds.Label(s.Kind)), s.Organ, s.Event }
            .Where(x => !string.IsNullOrWhiteSpace(x))))));
        if (!string.IsNullOrWhiteSpace(s.Publisher))
            fields.Add(("publisher", TexEscape(s.Publisher)));
        if (s.Date is { } d)
        {
            fields.Add(("year", d.Year.ToString(Invariant)));
            fields.Add(("month", Months[d.Month - 1]));
            fields.Add(("date", d.ToString("yyyy-MM-dd", Invariant)));
        }
        if (Number(s) is { } number)
            fields.Add(("number", TexEscape(number)));
        if (!string.IsNullOrWhiteSpace(s.Place))
            fields.Add(("address", TexEscape(s.Place)));
        if (!string.IsNullOrWhiteSpace(s.Language))
            fields.Add(("language", TexEscape(s.Language)));
        fields.Add(("organization", TexEscape(ArchiveName)));
        fields.Add(("url", UrlForTex(s.Url)));
        fields.Add(("urldate", s.Accessed.ToString("yyyy-MM-dd", Invariant)));

        var sb = new StringBuilder();
        sb.Append("@misc{").Append(BibKey(s)).Append(",\n");
        foreach (var (name, value) in fields)
        {
            sb.Append("  ").Append(name).Append(" = ");
            if (name == "month")
                sb.Append(value).Append(",\n");  // a macro, unbraced
            else
                sb.Append('{').Append(value).Append("},\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>RIS: one "TAG  - value" line per field, CRLF line ends, values on one line, ending with "ER  - ".</summary>
    public static string ToRis(CitationSource s)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", RisType(s.Kind)) };
        foreach (var person in People(s))
            lines.Add(("AU", Inverted(person)));
        if (People(s).Count == 0 && Body(s) is { } body)
            lines.Add(("AU", body));
        lines.Add(("TI", s.Title));
        if (Secondary(s) is { } secondary)
            lines.Add(("T2", secondary));
        lines.Add(("M3", Capitalise(DocumentKinds.Label(s.Kind))));
        if (s.Date is { } d)
        {
            lines.Add(("PY", d.Year.ToString(Invariant)));
            lines.Add(("DA", d.ToString("yyyy/MM/dd", Invariant)));
        }
        if (Number(s) is { } number)
            lines.Add(("M1", number));
        if (!string.IsNullOrWhiteSpace(s.Publisher))
            lines.Add(("PB", s.Publisher));
        if (!string.IsNullOrWhiteSpace(s.Place))
            lines.Add(("CY", s.Place));
        if (!string.IsNullOrWhiteSpace(s.Language))
            lines.Add(("LA", s.Language));
        lines.Add(("DB", ArchiveName));
        lines.Add(("UR", s.Url));
        lines.Add(("Y2", s.Accessed.ToString("yyyy/MM/dd", Invariant)));
        lines.Add(("ER", ""));

        var sb = new StringBuilder();
        foreach (var (tag, value) in lines)
            sb.Append(tag).Append("  - ").Append(OneLine(value)).Append("\r\n");
        return sb.ToString();
    }

    /// <summary>CSL-JSON: an array holding one item, as citeproc and Zotero read it.</summary>
    public static string ToCslJson(CitationSource s)
    {
        var item = new JsonObject
        {
            ["id"] = s.Key,
            ["type"] = CslType(s.Kind),
            ["title"] = s.Title,
            ["genre"] = Capitalise(DocumentKinds.Label(s.Kind)),
        };
        var who = People(s);
        if (who.Count > 0)
            item["author"] = new JsonArray([.. who.Select(CslName)]);
        else if (Body(s) is { } body)
            item["author"] = new JsonArray(new JsonObject { ["literal"] = body });
        if (!string.IsNullOrWhiteSpace(s.Publisher))
        {
            item["publisher"] = s.Publisher;
            if (s.Kind == DocumentKind.NewsReport)
                item["container-title"] = s.Publisher;
        }
        if (!string.IsNullOrWhiteSpace(s.Organ))
            item["authority"] = s.Organ;
        if (!string.IsNullOrWhiteSpace(s.Event))
            item["event-title"] = s.Event;
        if (s.Date is { } d)
            item["issued"] = DateParts(d);
        if (Number(s) is { } number)
            item["number"] = number;
        if (!string.IsNullOrWhiteSpace(s.Place))
            item["publisher-place"] = s.Place;
        if (!string.IsNullOrWhiteSpace(s.Language))
            item["language"] = LanguageTag(s.Language);
        item["archive"] = ArchiveName;
        item["URL"] = s.Url;
        item["accessed"] = DateParts(s.Accessed);
        return new JsonArray(item).ToJsonString(JsonOptions);
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Readable names and quotes; the file is served as application/json, never inlined in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>"Musayev2017-ebc4974a1b2c": the first person's surname (or "archive"), the year and the document's key, ASCII only.</summary>
    public static string BibKey(CitationSource s)
    {
        var who = People(s);
        var name = who.Count > 0 ? Surname(who[0]) : s.Kind == DocumentKind.NewsReport && Body(s) is { } agency ? agency : "archive";
        var ascii = new string([.. TextFolding.ToAscii(name).Where(char.IsAsciiLetterOrDigit)]);
        var year = s.Date?.Year.ToString(Invariant) ?? "nd";
        var key = new string([.. s.Key.Where(char.IsAsciiLetterOrDigit)]);
        return (ascii.Length == 0 ? "archive" : ascii) + year + "-" + key;
    }

    /// <summary>TeX's special characters escaped, so a title with "&amp;", "%", "#", "_", "$", braces or a backslash compiles as written.</summary>
    public static string TexEscape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            sb.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\^{}",
                '~' => @"\textasciitilde{}",
                _ => c < 128 ? c.ToString() : TexLetter(c),
            });
        }
        return sb.ToString();
    }

    /// <summary>CSL wants a BCP 47 tag ("en", which citeproc reads to apply English title case); a name it cannot map stays as written.</summary>
    public static string LanguageTag(string language)
    {
        var name = language.Trim();
        var culture = CultureInfo.GetCultures(CultureTypes.NeutralCultures)
            .FirstOrDefault(c => c.TwoLetterISOLanguageName.Length == 2 && string.Equals(c.EnglishName, name, StringComparison.OrdinalIgnoreCase));
        return culture?.TwoLetterISOLanguageName ?? name;
    }

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // TeX accents for the combining marks Unicode splits accented letters into.
    private static readonly Dictionary<char, string> Accents = new()
    {
        ['\u0300'] = "`", ['\u0301'] = "'", ['\u0302'] = "^", ['\u0303'] = "~", ['\u0304'] = "=", ['\u0306'] = "u",
        ['\u0307'] = ".", ['\u0308'] = "\"", ['\u030A'] = "r", ['\u030B'] = "H", ['\u030C'] = "v", ['\u0327'] = "c",
        ['\u0328'] = "k",
    };

    private static readonly Dictionary<char, string> TexSymbols = new()
    {
        ['\u201C'] = "``", ['\u201D'] = "''", ['\u2018'] = "`", ['\u2019'] = "'", ['\u2013'] = "--", ['\u2014'] = "---",
        ['\u00A0'] = "~", ['\u2026'] = @"\ldots{}", ['\u00DF'] = @"{\ss}", ['\u00F8'] = @"{\o}", ['\u00D8'] = @"{\O}",
        ['\u00E6'] = @"{\ae}", ['\u00C6'] = @"{\AE}", ['\u0153'] = @"{\oe}", ['\u0152'] = @"{\OE}", ['\u0142'] = @"{\l}",
        ['\u0141'] = @"{\L}", ['\u0131'] = @"{\i}", ['\u00AB'] = @"{\guillemotleft}", ['\u00BB'] = @"{\guillemotright}",
    };

    // "é" → "{\'e}", "ş" → "{\c{s}}"; a letter TeX has no spelling for (such as "ə") stays as UTF-8, which biber reads.
    private static string TexLetter(char c)
    {
        if (TexSymbols.TryGetValue(c, out var symbol))
            return symbol;
        var parts = c.ToString().Normalize(NormalizationForm.FormD);
        if (parts.Length != 2 || parts[0] >= 128 || !Accents.TryGetValue(parts[1], out var accent))
            return c.ToString();
        var letter = parts[0] == 'i' ? @"\i" : parts[0].ToString();  // dotless i under an accent, as TeX wants
        return char.IsAsciiLetter(accent[0]) ? "{\\" + accent + "{" + letter + "}}" : "{\\" + accent + letter + "}";
    }

    // A news report is the agency's text, not the speaker's: the people it quotes are its subject, the agency its author.
    private static IReadOnlyList<string> People(CitationSource s) => s.Kind == DocumentKind.NewsReport && !string.IsNullOrWhiteSpace(s.Publisher)
        ? []
        : [.. s.People.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())];

    private static string? Body(CitationSource s)
    {
        var body = s.Kind == DocumentKind.NewsReport && !string.IsNullOrWhiteSpace(s.Publisher) ? s.Publisher : s.Body;
        return string.IsNullOrWhiteSpace(body) ? null : body.Trim();
    }

    // The UN symbol identifies a UN document; a note verbale without one is known by its sender's reference number.
    private static string? Number(CitationSource s) =>
        !string.IsNullOrWhiteSpace(s.Symbol) ? s.Symbol.Trim()
        : !string.IsNullOrWhiteSpace(s.ReferenceNumber) ? s.ReferenceNumber.Trim() : null;

    // Quotation marks inside a title that the citation itself quotes become single ones, as style guides ask.
    private static string InnerQuotes(string text) => text.Replace('\u201c', '\u2018').Replace('\u201d', '\u2019');

    // Surname is the last word: the archive's names are "Given Family" as the documents print them.
    private static string Surname(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];

    private static string Inverted(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? name : words[^1] + ", " + string.Join(' ', words[..^1]);
    }

    private static JsonObject CslName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2
            ? new JsonObject { ["literal"] = name }
            : new JsonObject { ["family"] = words[^1], ["given"] = string.Join(' ', words[..^1]) };
    }

    private static string JoinPeople(IReadOnlyList<string> people) => people.Count switch
    {
        1 => Inverted(people[0]),
        2 => Inverted(people[0]) + ", and " + people[1],
        _ => Inverted(people[0]) + ", " + string.Join(", ", people.Skip(1).Take(people.Count - 2)) + ", and " + people[^1],
    };

    private static string? Secondary(CitationSource s)
    {
        if (s.Kind == DocumentKind.NewsReport && !string.IsNullOrWhiteSpace(s.Publisher))
            return s.Publisher;  // RIS keeps a news report's newspaper or agency in T2
        var parts = new[] { s.Organ, s.Event }.Where(x => !string.IsNullOrWhiteSpace(x)).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string RisType(DocumentKind kind) => kind switch
    {
        DocumentKind.NewsReport => "NEWS",
        DocumentKind.Unknown => "GEN",
        _ => "GOVDOC",
    };

    private static string CslType(DocumentKind kind) => kind switch
    {
        DocumentKind.Statement or DocumentKind.ExplanationOfVote or DocumentKind.RightOfReply => "speech",
        DocumentKind.NewsReport => "article-newspaper",
        _ => "document",
    };

    private static JsonObject DateParts(DateOnly d) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray(d.Year, d.Month, d.Day)) };

    // A URL goes into BibTeX as written, except for what would end the field or start a comment.
    private static string UrlForTex(string url) => OneLine(url).Replace("{", "%7B", StringComparison.Ordinal)
        .Replace("}", "%7D", StringComparison.Ordinal).Replace("\\", "%5C", StringComparison.Ordinal);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(x => x.Trim()).Where(x => x.Length > 0));

    private static string LongDate(DateOnly d) => d.ToString("d MMMM yyyy", Invariant);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string EndSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.EndsWith('.') || trimmed.EndsWith('?') || trimmed.EndsWith('!') ? trimmed : trimmed + ".";
    }

    private static void AddIfAny(List<string> list, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            list.Add(value.Trim());
    }

    private static string Clean(string text) => OneLine(text);
}
