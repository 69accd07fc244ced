using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class IndexModel(ArchiveDb db) : PageModel
{
    public BarChart Years { get; private set; } = null!;
    public int Undated { get; private set; }
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.CountByYearAsync(ct);
        Undated = await db.UndatedCountAsync(ct);
        // Counted on its own: a document dated in one year and distributed in the next is in two years' bars but is one document.
        Total = await db.DocumentCountAsync(ct);
        // Every year from the first to the last, empty ones too, so the chart's axis keeps time honestly.
        var byYear = counts.ToDictionary(c => c.Period, c => c.Count);
        var years = counts.Count == 0 ? [] : Enumerable.Range(counts[0].Period, counts[^1].Period - counts[0].Period + 1);
        Years = new BarChart("years-chart", "Documents per year", "Year",
            [.. years.Select(y => byYear.TryGetValue(y, out var n)
                ? new Bar(BrowseLinks.YearName(y), BrowseLinks.YearName(y), n, BrowseLinks.Year(y))
                : new Bar(BrowseLinks.YearName(y), BrowseLinks.YearName(y), 0, null))]);
    }
}
