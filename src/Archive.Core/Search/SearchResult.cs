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
    /// <summary>
    /// The search did not run to its end (stopped at its deadline, or the index could not be opened): the answer says why
    /// in <see cref="Errors"/>, and is not one to keep and show again.
    /// </summary>
    public bool Incomplete { get; init; }

    public int PageCount => Math.Max(1, (Total + Request.PageSize - 1) / Request.PageSize);
    public IReadOnlyList<string> Notices => Query.Notices;
}
