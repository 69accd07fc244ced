using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class YearModel(ArchiveDb db, ILogger<YearModel> logger) : PageModel
{
    public int Year { get; private set; }
    public BarChart Months { get; private set; } = null!;

    /// <summary>Documents with a date in the year, each once, though it may stand in two months' bars.</summary>
    public int Total { get; private set; }
    public PeriodNav Nav { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (year < 1 || year > 9999)
            return this.NotFoundWithHelp(logger, $"{year} is not a year the archive can show: years run from 1 to 9999.", BrowseLinks.Browse);
        if (RouteData.Values["year"] as string != year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
            return RedirectPermanent(BrowseLinks.Year(year));
        Year = year;
        var (before, after) = await db.NeighboursAsync(new DateOnly(year, 1, 1), DocumentCalendar.FirstDayAfterYear(year), ct);
        var previous = before is { } b ? new Crumb(BrowseLinks.YearName(b.Year), BrowseLinks.Year(b.Year)) : null;
        var next = after is { } a ? new Crumb(BrowseLinks.YearName(a.Year), BrowseLinks.Year(a.Year)) : null;
        var counts = await db.CountByMonthAsync(year, ct);
        if (counts.Count == 0)
            return this.NotFoundWithHelp(logger, NoDocuments(year, previous, next), previous, next, BrowseLinks.Browse with { Label = "Every year with documents" });

        Nav = new PeriodNav("Years", previous, next);
        Total = await db.YearCountAsync(year, ct);
        var byMonth = counts.ToDictionary(c => c.Period, c => c.Count);
        Months = new BarChart("months-chart", $"Documents per month in {year}", "Month",
            [.. Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var n)
                ? new Bar(BrowseLinks.MonthName(m), BrowseLinks.MonthName(m)[..3], n, BrowseLinks.Month(year, m))
                : new Bar(BrowseLinks.MonthName(m), BrowseLinks.MonthName(m)[..3], 0, null))]);
        return Page();
    }

    internal static string NoDocuments(int year, Crumb? previous, Crumb? next) =>
        $"No document in the archive is dated {year}." + (previous, next) switch
        {
            (null, null) => "",
            ({ } p, null) => $" The nearest year with documents is {p.Label}.",
            (null, { } n) => $" The nearest year with documents is {n.Label}.",
            ({ } p, { } n) => $" The nearest years with documents are {p.Label} and {n.Label}.",
        };
}
