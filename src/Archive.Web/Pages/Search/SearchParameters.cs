using Archive.Core.Search;
using Microsoft.AspNetCore.Http;

namespace Archive.Web.Pages.Search;

/// <summary>
/// The search state as the URL carries it (q, sort, page, kind, year, organ, speaker, agenda, from, to), shared by the
/// search page and /api/search. Values that are not even the right shape (a page that is no number) become
/// <see cref="Problems"/>; everything else is checked by the search.
/// </summary>
public sealed class SearchParameters
{
    public static readonly string[] FacetKeys = ["kind", "year", "organ", "speaker", "agenda", "from", "to"];

    private readonly Dictionary<string, string> _values;

    private SearchParameters(Dictionary<string, string> values, List<string> problems)
    {
        _values = values;
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }

    public string Query => Get("q") ?? "";
    public SearchSort Sort { get; private init; }
    public int Page { get; private init; } = 1;

    /// <summary>True when the URL asks for anything at all; a bare /search shows only the form.</summary>
    public bool Any => _values.Count > 0;

    public string? Get(string key) => _values.GetValueOrDefault(key);

    public static SearchParameters From(IQueryCollection query)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var key in new[] { "q", "sort", "page" }.Concat(FacetKeys))
        {
            // A repeated parameter takes its first value.
            if (query.TryGetValue(key, out var raw) && raw.FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value))
                values[key] = value.Trim();
        }
        var sort = SearchSort.Relevance;
        if (values.TryGetValue("sort", out var sortText) && (!sortText.All(char.IsAsciiLetter) || !Enum.TryParse(sortText, ignoreCase: true, out sort)))
        {
            problems.Add($"\"{sortText}\" is not an order the archive knows: use relevance, newest or oldest.");
            sort = SearchSort.Relevance;
        }
        var page = 1;
        if (values.TryGetValue("page", out var pageText) && (!int.TryParse(pageText, out page) || page < 1))
        {
            problems.Add($"\"{pageText}\" is not a page number: pages are numbered from 1.");
            page = 1;
        }
        return new SearchParameters(values, problems) { Sort = sort, Page = page };
    }

    public SearchRequest ToRequest() => new(Query, Sort, Page)
    {
        Kind = Get("kind"),
        Year = Get("year"),
        Organ = Get("organ"),
        Speaker = Get("speaker"),
        Agenda = Get("agenda"),
        From = Get("from"),
        To = Get("to"),
    };

    /// <summary>This search's URL with one parameter set (or removed when <paramref name="value"/> is null); a new filter or order starts at page 1.</summary>
    public string With(string key, string? value)
    {
        var values = new Dictionary<string, string>(_values, StringComparer.Ordinal);
        if (key != "page")
            values.Remove("page");
        if (value is null)
            values.Remove(key);
        else
            values[key] = value;
        return Url(values);
    }

    public string Without(string key) => With(key, null);

    private static string Url(Dictionary<string, string> values) =>
        "/search" + QueryString.Create(new[] { "q", "sort" }.Concat(FacetKeys).Append("page")
            .Where(values.ContainsKey).Select(k => new KeyValuePair<string, string?>(k, values[k])));
}
