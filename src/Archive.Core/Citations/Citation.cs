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
        parts.Add("\u201c" + EndSentence(s.Title) + "\u201d");
        var where = new List<string> { Capitalise(DocumentKinds.Label(s.Kind)) };
        AddIfAny(where, s.Publisher);
        AddIfAny(where, s.Organ);
        AddIfAny(where, s.Event);
        AddIfAny(where, s.Place);
        where.Add(s.Date is { } d ? LongDate(d) : "undated");
        parts.Add(EndSentence(string.Join(", ", where)));
        if (!string.IsNullOrWhiteSpace(s.Symbol))
            parts.Add(EndSentence("UN document " + s.Symbol));
        parts.Add(ArchiveName + ".");
        parts.Add($"{s.Url} (accessed {LongDate(s.Accessed)}).");
        return Clean(string.Join(" ", parts));
    }

    /// <summary>A BibTeX <c>@misc</c> entry; text fields escape TeX's special characters, names stay in "Family, Given" form.</summary>
    public static string ToBibTex(CitationSource s)
    {
        var fields = new List<(string Name, string Value)>();
        var who = People(s);
        if (who.Count > 0)
            fields.Add(("author", string.Join(" and ", who.Select(p => TexEscape(Inverted(p))))));
        else if (!string.IsNullOrWhiteSpace(s.Body))
            fields.Add(("author", "{" + TexEscape(s.Body) + "}"));  // a body, not a person: braces keep BibTeX from splitting it
        fields.Add(("title", "{" + TexEscape(s.Title) + "}"));
        fields.Add(("howpublished", TexEscape(string.Join(", ", new[] { Capitalise(DocumentKinds.Label(s.Kind)), s.Publisher, s.Organ, s.Event }
            .Where(x => !string.IsNullOrWhiteSpace(x))))));
        if (s.Date is { } d)
        {
            fields.Add(("year", d.Year.ToString(Invariant)));
            fields.Add(("month", d.Month.ToString(Invariant)));
            fields.Add(("date", d.ToString("yyyy-MM-dd", Invariant)));
        }
        if (!string.IsNullOrWhiteSpace(s.Symbol))
            fields.Add(("number", TexEscape(s.Symbol)));
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
            sb.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>RIS: one "TAG  - value" line per field, CRLF line ends, values on one line, ending with "ER  - ".</summary>
    public static string ToRis(CitationSource s)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", RisType(s.Kind)) };
        foreach (var person in People(s))
            lines.Add(("AU", Inverted(person)));
        if (People(s).Count == 0 && !string.IsNullOrWhiteSpace(s.Body))
            lines.Add(("AU", s.Body));
        lines.Add(("TI", s.Title));
        if (Secondary(s) is { } secondary)
            lines.Add(("T2", secondary));
        lines.Add(("M3", Capitalise(DocumentKinds.Label(s.Kind))));
        if (s.Date is { } d)
        {
            lines.Add(("PY", d.Year.ToString(Invariant)));
            lines.Add(("DA", d.ToString("yyyy/MM/dd", Invariant)));
        }
        if (!string.IsNullOrWhiteSpace(s.Symbol))
            lines.Add(("M1", s.Symbol));
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
        else if (!string.IsNullOrWhiteSpace(s.Body))
            item["author"] = new JsonArray(new JsonObject { ["literal"] = s.Body });
        if (s.Kind == DocumentKind.NewsReport && !string.IsNullOrWhiteSpace(s.Publisher))
            item["container-title"] = s.Publisher;
        if (!string.IsNullOrWhiteSpace(s.Organ))
            item["authority"] = s.Organ;
        if (!string.IsNullOrWhiteSpace(s.Event))
            item["event-title"] = s.Event;
        if (s.Date is { } d)
            item["issued"] = DateParts(d);
        if (!string.IsNullOrWhiteSpace(s.Symbol))
            item["number"] = s.Symbol;
        if (!string.IsNullOrWhiteSpace(s.Place))
            item["publisher-place"] = s.Place;
        if (!string.IsNullOrWhiteSpace(s.Language))
            item["language"] = s.Language;
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
        var name = who.Count > 0 ? Surname(who[0]) : "archive";
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
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    private static IReadOnlyList<string> People(CitationSource s) => [.. s.People.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())];

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
