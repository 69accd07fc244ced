using System.Globalization;
using Archive.Core.Documents;
using Lucene.Net.Documents;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Archive.Core.Search.Engine;

/// <summary>What the index keeps of one public document: its text fields, what filters test, and the facets' keys and labels.</summary>
public sealed record IndexedDocument(
    int Id,
    DocumentKind Kind,
    string? Title,
    string Body,
    string? Event,
    string? Symbol,
    DateOnly? Date,
    IReadOnlyList<DateOnly> AllDates,
    IReadOnlyList<(string Slug, string Name)> Speakers,
    IReadOnlyList<string> SpeakerSpellings,
    IReadOnlyList<(string Slug, string Name)> Organs,
    IReadOnlyList<IndexedAgendaItem> AgendaItems,
    IReadOnlyList<string> CitedSymbols)
{
    private static readonly FieldType WordsOnly = Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        IsStored = false,
        OmitNorms = true,
        IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_ONLY,
    });

    /// <summary>How much of a body the suggestion vocabulary reads (a median General Debate speech is 16,000 characters).</summary>
    public const int VocabularyChars = 16_000;

    public LuceneDocument ToLucene()
    {
        var key = Id.ToString(CultureInfo.InvariantCulture);
        var speakers = string.Join(' ', SpeakerSpellings);
        var organs = string.Join(' ', Organs.Select(o => o.Name));
        var agenda = string.Join(' ', AgendaItems.Select(a => a.Title).OfType<string>());
        var vocabulary = new Vocabulary(Body, VocabularyChars);
        var document = new LuceneDocument
        {
            new StringField(SearchFields.Key, key, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Id, Id),
            new TextField(SearchFields.Title, Title ?? "", Field.Store.NO),
            new TextField(SearchFields.Speakers, speakers, Field.Store.NO),
            new TextField(SearchFields.Body, ArchiveAnalyzer.StemmedCollecting(Body, vocabulary, VocabularyChars)),
            new TextField(SearchFields.Organs, organs, Field.Store.NO),
            new TextField(SearchFields.Event, Event ?? "", Field.Store.NO),
            new TextField(SearchFields.Agenda, agenda, Field.Store.NO),
            new StringField(SearchFields.Kind, Kind.ToString(), Field.Store.NO),
            new SortedDocValuesField(SearchFields.KindFacet, new Lucene.Net.Util.BytesRef(Kind.ToString())),
        };
        // The vocabulary sees the short fields and the words that start in the opening of the body: suggestions need the
        // words in use, not every occurrence. The body's words are gathered as the body is analysed, not read again.
        document.Add(new Field(SearchFields.Words, string.Join(' ', Title, speakers, organs, Event, agenda), WordsOnly));
        document.Add(new Field(SearchFields.Words, vocabulary.Stream(), WordsOnly));
        if (Date is { } date)
            document.Add(new NumericDocValuesField(SearchFields.Date, DayNumber(date)));
        foreach (var day in AllDates.Distinct())
            document.Add(new Int32Field(SearchFields.Dates, DayNumber(day), Field.Store.NO));
        foreach (var symbol in new[] { Symbol }.Concat(CitedSymbols).OfType<string>().Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).Distinct())
        {
            // A symbol is found whole or by any run of its parts ("A/79/875-S/2025/248" by "S/2025/248"); a prefix search
            // reads the runs that go on to the end, so "S/2025*" finds it too.
            var parts = symbol.Split('-');
            for (var start = 0; start < parts.Length; start++)
            {
                for (var end = start; end < parts.Length; end++)
                    document.Add(new StringField(SearchFields.Symbol, string.Join('-', parts[start..(end + 1)]), Field.Store.NO));
                document.Add(new StringField(SearchFields.SymbolTail, string.Join('-', parts[start..]), Field.Store.NO));
            }
        }
        foreach (var (slug, name) in Organs.DistinctBy(o => o.Slug))
        {
            document.Add(new StringField(SearchFields.Organ, slug, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.OrganFacet, new Lucene.Net.Util.BytesRef(slug + SearchFields.LabelSeparator + name)));
        }
        foreach (var (slug, name) in Speakers.DistinctBy(s => s.Slug))
        {
            document.Add(new StringField(SearchFields.Speaker, slug, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.SpeakerFacet, new Lucene.Net.Util.BytesRef(slug + SearchFields.LabelSeparator + name)));
        }
        foreach (var item in AgendaItems.DistinctBy(a => a.Key))
        {
            document.Add(new StringField(SearchFields.AgendaNumber, item.Number.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            document.Add(new StringField(SearchFields.AgendaNumber, item.Number.ToString(CultureInfo.InvariantCulture) + "/" + item.SubItem, Field.Store.NO));
            document.Add(new StringField(SearchFields.AgendaItem, item.Key, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(SearchFields.AgendaFacet, new Lucene.Net.Util.BytesRef(item.Key + SearchFields.LabelSeparator + item.Label)));
        }
        return document;
    }

    /// <summary>A date as the number yyyymmdd, which orders as the dates do.</summary>
    public static int DayNumber(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}

/// <summary>An agenda item as a facet shows it; <see cref="Key"/> is what the agenda facet filter takes back.</summary>
public sealed record IndexedAgendaItem(string OrganSlug, int? Session, int Number, string SubItem, string? Title, string OrganName, string SessionTerm)
{
    public string Key => $"{OrganSlug}:{Session}:{Number}{SubItem}";

    public string Label =>
        $"Item {Number}{(SubItem.Length > 0 ? $" ({SubItem})" : "")}{(Title is { } title ? ": " + title : "")}"
        + $" · {OrganName}{(Session is int n ? $", {Ordinal(n)} {SessionTerm}" : "")}";

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
