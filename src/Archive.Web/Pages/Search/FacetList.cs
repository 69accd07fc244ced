using Archive.Core.Search;

namespace Archive.Web.Pages.Search;

/// <summary>One facet's values for the <c>_Facet</c> partial: each links to this search with the value added as a filter.</summary>
public sealed record FacetList(string Key, IReadOnlyList<FacetValue> Values, SearchParameters Parameters);
