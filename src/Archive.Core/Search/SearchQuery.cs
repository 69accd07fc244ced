namespace Archive.Core.Search;

/// <summary>
/// A parsed query: the full-text tree, the SQL filters, what the parser repaired (<see cref="Notices"/>) and what it could not
/// accept (<see cref="Errors"/>; then nothing is searched and the user sees why).
/// </summary>
public sealed record SearchQuery(
    string Original,
    QueryNode? Text,
    IReadOnlyList<SearchFilter> Filters,
    IReadOnlyList<string> Notices,
    IReadOnlyList<string> Errors)
{
    public bool IsEmpty => Text is null && Filters.Count == 0;
}
