namespace Archive.Core.Search;

/// <summary>The filters that narrow a search in SQL rather than in the full-text index.</summary>
public enum FilterField
{
    Kind,
    Date,
    Symbol,
    AgendaNumber,
    AgendaItem,
    Organ,
    Speaker,
}
