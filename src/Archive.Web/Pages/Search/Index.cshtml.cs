using System.Globalization;
using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search;

public class IndexModel(SearchService search, ILogger<IndexModel> logger) : PageModel
{
    public SearchParameters Parameters { get; private set; } = null!;
    public SearchResult? Result { get; private set; }

    /// <summary>URL problems and the search's own errors: when any, nothing was searched and the page says why.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<YearBar> Histogram { get; private set; } = [];
    public IReadOnlyList<Chip> Chips { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Parameters = SearchParameters.From(Request.Query);
        Errors = Parameters.Problems;
        if (Errors.Count > 0)
            logger.LogInformation("Search parameters refused for {Query}: {Problems}", Parameters.Query, Errors);
        if (!Parameters.Any || Errors.Count > 0)
            return Page();

        Result = await search.SearchAsync(Parameters.ToRequest(), ct);
        Errors = Result.Errors;
        if (Result.Incomplete)
        {
            // Stopped at the deadline or no index to search: the page cache must not keep this answer.
            Response.Headers.CacheControl = "no-store";
        }
        Histogram = YearBar.Draw(Result.Facets.Years);
        Chips = ChipsOf(Parameters, Result.Facets);
        return Page();
    }

    private static List<Chip> ChipsOf(SearchParameters parameters, SearchFacets facets)
    {
        string LabelOf(IReadOnlyList<FacetValue> values, string key) => values.FirstOrDefault(v => v.Key == key)?.Label ?? key;
        var chips = new List<Chip>();
        foreach (var key in SearchParameters.FacetKeys)
        {
            if (parameters.Get(key) is not { } value)
                continue;
            var label = key switch
            {
                "kind" => "Kind: " + LabelOf(facets.Kinds, value.ToLowerInvariant()),
                "year" => "Year: " + value,
                "organ" => "Organ: " + LabelOf(facets.Organs, value),
                "speaker" => "Speaker: " + LabelOf(facets.Speakers, value),
                "agenda" => "Agenda item: " + LabelOf(facets.AgendaItems, value),
                "from" => "From " + value,
                _ => "To " + value,
            };
            chips.Add(new Chip(label, parameters.Without(key)));
        }
        return chips;
    }
}

/// <summary>A filter in force, with the link that removes it.</summary>
public sealed record Chip(string Label, string RemoveUrl);

/// <summary>One bar of the hits-per-year histogram, in the SVG's own units (100 wide, 40 high).</summary>
public sealed record YearBar(int Year, int Count, string X, string Y, string Width, string Height)
{
    public const int ChartHeight = 40;

    public static IReadOnlyList<YearBar> Draw(IReadOnlyList<FacetValue> years)
    {
        var counts = years.Where(y => int.TryParse(y.Key, out _)).ToDictionary(y => int.Parse(y.Key, CultureInfo.InvariantCulture), y => y.Count);
        if (counts.Count == 0)
            return [];
        var first = counts.Keys.Min();
        var last = counts.Keys.Max();
        var span = last - first + 1;
        var max = counts.Values.Max();
        var width = 100.0 / span;
        return Enumerable.Range(first, span).Select(year =>
        {
            var count = counts.GetValueOrDefault(year);
            var height = count == 0 ? 0 : Math.Max(1.5, ChartHeight * (double)count / max);
            return new YearBar(year, count, F((year - first) * width + width * 0.1), F(ChartHeight - height), F(width * 0.8), F(height));
        }).ToList();
    }

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
