namespace Archive.Core.Search;

/// <summary>
/// A search's answer. When <see cref="Errors"/> is not empty nothing was searched: the page shows the query back with the
/// reasons. <see cref="Notices"/> say what the parser repaired; <see cref="Suggestions"/> (indexed terms near the query's
/// words) and <see cref="Loosen"/> (ways to widen the query) are filled when nothing was found.
/// </summary>
public sealed record SearchResult(
    SearchRequest Request,
    SearchQuery Query,
    int Total,
    IReadOnlyList<SearchHit> Hits,
    SearchFacets Facets,
    IReadOnlyList<string> Errors,
    IReadOnlyList<SearchSuggestion> Suggestions,
    IReadOnlyList<string> Loosen)
{
    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
    public IReadOnlyList<string> Notices => Query.Notices;
}
