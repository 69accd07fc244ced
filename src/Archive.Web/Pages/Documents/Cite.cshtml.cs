using System.Text;
using Archive.Core.Citations;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Documents;

/// <summary>A document's citation for reference managers: BibTeX (.bib), RIS (.ris) or CSL-JSON (.json), as a download.</summary>
public class CiteModel(ArchiveDb db, TimeProvider clock, ILogger<CiteModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string slug, string format, CancellationToken ct)
    {
        var (contentType, render) = format switch
        {
            "bib" => ("application/x-bibtex; charset=utf-8", (Func<CitationSource, string>)Citation.ToBibTex),
            "ris" => ("application/x-research-info-systems; charset=utf-8", Citation.ToRis),
            "json" => ("application/vnd.citationstyles.csl+json; charset=utf-8", Citation.ToCslJson),
            _ => (null, null),
        };
        if (render is null)
        {
            logger.LogInformation("Citation format {Format} asked for {Slug} is not offered", format, slug);
            return NotFound();
        }
        var document = await CitationLoader.LoadAsync(db, slug, ct);
        if (document is null)
            return NotFound();
        if (document.Slug != slug)
            return RedirectPermanent($"/documents/{document.Slug}/cite.{format}");

        var source = CitationLoader.SourceOf(document, Canonical.Absolute(Request, "/documents/" + document.Slug), clock);
        return File(Encoding.UTF8.GetBytes(render(source)), contentType!, $"{Citation.BibKey(source)}.{format}");
    }
}
