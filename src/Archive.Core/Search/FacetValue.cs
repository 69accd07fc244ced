namespace Archive.Core.Search;

/// <summary>A facet entry: the value to filter by (<paramref name="Key"/>), what readers see, and how many results have it.</summary>
public sealed record FacetValue(string Key, string Label, int Count);
