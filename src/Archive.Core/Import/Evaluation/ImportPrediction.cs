using System.Text.Json.Serialization;
using Archive.Core.Documents;

namespace Archive.Core.Import.Evaluation;

/// <summary>What the parser read from one file, in the fields and spellings of the corpus labels (one line of predictions.jsonl).</summary>
public sealed record ImportPrediction(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("date")] string? Date,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("organ")] string? Organ,
    [property: JsonPropertyName("session")] string? Session,
    [property: JsonPropertyName("agenda_numbers")] IReadOnlyList<string> AgendaNumbers,
    [property: JsonPropertyName("symbols")] IReadOnlyList<string> Symbols,
    [property: JsonPropertyName("error")] string? Error = null)
{
    /// <param name="text">The text parsed: the labels record symbols as written, so a symbol the archive derives from a
    /// citation ("resolution 60/251" → A/RES/60/251) is not counted unless the text spells it.</param>
    public static ImportPrediction From(string file, ParsedDocument parsed, string text)
    {
        var failure = parsed.Warnings.FirstOrDefault(w => w.Field == "parser");
        var organs = parsed.Organs.Select(o => o.Name).Distinct().ToList();
        // A Security Council "year" is not a session.
        var session = parsed.Organs.FirstOrDefault(o => o.Session != null && o.Name != OrganNames.SecurityCouncil)?.Session;
        var symbols = new List<string>();
        if (parsed.Symbol is { } own)
            symbols.Add(own);
        symbols.AddRange(parsed.CitedSymbols);
        return new ImportPrediction(
            file,
            KindName(parsed.Kind),
            DocumentDate(parsed)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            parsed.Speakers.FirstOrDefault(s => s.Capacity is SpeakerCapacity.Speaker or SpeakerCapacity.Signatory)?.Name,
            organs.Count == 0 ? null : string.Join("; ", organs),
            session is { } n ? SessionWords(n) : null,
            [.. parsed.AgendaItems.Select(a => a.Number + (a.SubItem.Length > 0 ? $" ({a.SubItem})" : "")).Distinct()],
            [.. symbols.Distinct(StringComparer.OrdinalIgnoreCase).Where(s => text.Contains(s, StringComparison.OrdinalIgnoreCase))],
            failure?.Message);
    }

    /// <summary>The labels' kind names: "statement", "letter", "note verbale", "press release or news report"; null when unknown.</summary>
    public static string? KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.Statement or DocumentKind.ExplanationOfVote or DocumentKind.RightOfReply => "statement",
        DocumentKind.Letter or DocumentKind.IdenticalLetters => "letter",
        DocumentKind.NoteVerbale => "note verbale",
        DocumentKind.NewsReport => "press release or news report",
        _ => null,
    };

    // The document's own date as the labels define it: a letter's "dated" day, a statement's delivery, a report's publication.
    public static DateOnly? DocumentDate(ParsedDocument parsed) => parsed.Kind switch
    {
        DocumentKind.Letter or DocumentKind.IdenticalLetters or DocumentKind.NoteVerbale => parsed.WrittenOn ?? parsed.Date,
        DocumentKind.NewsReport => parsed.PublishedOn ?? parsed.Date,
        _ => parsed.DeliveredOn ?? parsed.Date,
    };

    /// <summary>A session number as the labels spell it: 75 → "Seventy-fifth session".</summary>
    public static string SessionWords(int n)
    {
        string[] units = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] tenOrdinals = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
        if (n <= 0 || n >= 100)
            return n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " session";
        var words = n < 20 ? units[n] : n % 10 == 0 ? tenOrdinals[n / 10] : tens[n / 10] + "-" + units[n % 10];
        return char.ToUpperInvariant(words[0]) + words[1..] + " session";
    }
}
