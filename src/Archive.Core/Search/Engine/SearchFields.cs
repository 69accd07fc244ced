namespace Archive.Core.Search.Engine;

/// <summary>The index's field names: text fields a query's words match, filter fields, and doc values for order and facets.</summary>
public static class SearchFields
{
    public const string Key = "key";
    public const string Id = "id";

    public const string Title = "title";
    public const string Speakers = "speakers";
    public const string Body = "body";
    public const string Organs = "organs";
    public const string Event = "event";
    public const string Agenda = "agenda";

    /// <summary>Every text field's whole words (not stemmed, no positions): the vocabulary suggestions come from.</summary>
    public const string Words = "words";

    /// <summary>The text fields with their weights: a word in the title counts ten times one in the body.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Text =
        [(Title, 10f), (Speakers, 8f), (Body, 1f), (Organs, 2f), (Event, 2f), (Agenda, 2f)];

    public const string Kind = "kind";
    public const string Dates = "dates";
    public const string Symbol = "symbol";
    public const string SymbolTail = "symbol_tail";
    public const string AgendaNumber = "agenda_number";
    public const string AgendaItem = "agenda_item";
    public const string Organ = "organ";
    public const string Speaker = "speaker";

    /// <summary>The main date as yyyymmdd, for ordering and the year facet; absent when the document has none.</summary>
    public const string Date = "date";
    public const string KindFacet = "kind_facet";
    public const string OrganFacet = "organ_facet";
    public const string SpeakerFacet = "speaker_facet";
    public const string AgendaFacet = "agenda_facet";

    /// <summary>Separates a facet value's key from its label in doc values.</summary>
    public const char LabelSeparator = '\u001f';
}
