namespace Archive.Core.Search;

/// <summary>
/// What a search page or the API asks for: the query text, the order and page, and the facet filters (each a raw value from
/// the URL, checked by the search itself: kind name, year, organ or speaker slug, agenda item key, from/to dates).
/// </summary>
public sealed record SearchRequest(string? Query, SearchSort Sort = SearchSort.Relevance, int Page = 1, int PageSize = SearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public string? Kind { get; init; }
    public string? Year { get; init; }
    public string? Organ { get; init; }
    public string? Speaker { get; init; }
    public string? Agenda { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}
