namespace Archive.Core.Search;

/// <summary>Counts over the whole result set, not only the page shown.</summary>
public sealed record SearchFacets(
    IReadOnlyList<FacetValue> Years,
    IReadOnlyList<FacetValue> Kinds,
    IReadOnlyList<FacetValue> Organs,
    IReadOnlyList<FacetValue> Speakers,
    IReadOnlyList<FacetValue> AgendaItems)
{
    public static SearchFacets None { get; } = new([], [], [], [], []);
}
