using Archive.Core.Documents;

namespace Archive.Core.Search;

/// <summary>
/// One SQL-side condition of a search (<c>kind:letter</c>, <c>date:2019-11..2020-06</c>, a facet the user clicked), already
/// checked: only the properties its <see cref="Field"/> needs are set.
/// </summary>
public sealed record SearchFilter(FilterField Field, string Text, bool Exclude)
{
    public DocumentKind? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>Upper-case symbol; a trailing <c>*</c> in the query sets <see cref="SymbolPrefix"/>.</summary>
    public string? Symbol { get; init; }
    public bool SymbolPrefix { get; init; }
    public int? AgendaNumber { get; init; }
    public string? AgendaSubItem { get; init; }

    /// <summary>The organ's slug for an agenda-item facet, or the organ and speaker facets' slug.</summary>
    public string? Slug { get; init; }
    public int? AgendaSession { get; init; }

    /// <summary>For a list (<c>year:2017,2025</c>, <c>kind:letter OR kind:"note verbale"</c>): any of these matches.</summary>
    public IReadOnlyList<SearchFilter>? AnyOf { get; init; }
}
