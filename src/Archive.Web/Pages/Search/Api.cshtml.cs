using System.Text.Encodings.Web;
using Archive.Core.Documents;
using Archive.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Search;

/// <summary>
/// The search page's search as JSON, with the same parameters. 200 with the hits, or 400 with <c>errors</c> when the query
/// or a parameter cannot be read. Snippets come as HTML whose only markup is <c>&lt;mark&gt;</c>; all text in it is encoded.
/// </summary>
public class ApiModel(SearchService search, ILogger<ApiModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var parameters = SearchParameters.From(Request.Query);
        if (parameters.Problems.Count > 0)
        {
            logger.LogInformation("Search API parameters refused for {Query}: {Problems}", parameters.Query, parameters.Problems);
            return new JsonResult(new { query = parameters.Query, errors = parameters.Problems }) { StatusCode = StatusCodes.Status400BadRequest };
        }
        var result = await search.SearchAsync(parameters.ToRequest(), ct);
        if (result.Incomplete)
        {
            // Stopped at the deadline or no index to search: the page cache must not keep this answer.
            Response.Headers.CacheControl = "no-store";
        }
        var body = new
        {
            query = parameters.Query,
            sort = parameters.Sort.ToString().ToLowerInvariant(),
            page = parameters.Page,
            pageSize = result.Request.PageSize,
            pageCount = result.PageCount,
            total = result.Total,
            errors = result.Errors,
            notices = result.Notices,
            suggestions = result.Suggestions,
            loosen = result.Loosen,
            hits = result.Hits.Select(h => new
            {
                slug = h.Slug,
                url = "/documents/" + h.Slug,
                title = h.Title,
                kind = DocumentKinds.Label(h.Kind),
                date = h.Date,
                speaker = h.Speaker,
                author = h.Author,
                symbol = h.Symbol,
                snippets = h.Snippet.Select(SnippetHtml),
            }),
            facets = new
            {
                year = result.Facets.Years,
                kind = result.Facets.Kinds,
                organ = result.Facets.Organs,
                speaker = result.Facets.Speakers,
                agenda = result.Facets.AgendaItems,
            },
        };
        return new JsonResult(body) { StatusCode = result.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }

    private static string SnippetHtml(IReadOnlyList<SnippetPart> fragment) => string.Concat(fragment.Select(part =>
        part.IsMatch ? "<mark>" + HtmlEncoder.Default.Encode(part.Text) + "</mark>" : HtmlEncoder.Default.Encode(part.Text)));
}
