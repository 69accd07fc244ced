using System.Globalization;
using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class MonthModel(ArchiveDb db, ILogger<MonthModel> logger) : PageModel
{
    public int Year { get; private set; }
    public int Month { get; private set; }
    public string Name => BrowseLinks.MonthYear(Year, Month);
    public MonthCalendar Calendar { get; private set; } = null!;
    public DocumentList Documents { get; private set; } = null!;
    public PeriodNav Nav { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, int month, CancellationToken ct)
    {
        if (year < 1 || year > 9999)
            return this.NotFoundWithHelp(logger, $"{year} is not a year the archive can show: years run from 1 to 9999.", BrowseLinks.Browse);
        if (month < 1 || month > 12)
            return this.NotFoundWithHelp(logger, $"There is no month {month}: months run from 01 (January) to 12 (December).",
                new Crumb($"Every month of {year}", BrowseLinks.Year(year)), BrowseLinks.Browse);
        if (RouteData.Values["year"] as string != year.ToString("D4", CultureInfo.InvariantCulture)
            || RouteData.Values["month"] as string != month.ToString("D2", CultureInfo.InvariantCulture))
            return RedirectPermanent(BrowseLinks.Month(year, month));
        (Year, Month) = (year, month);

        var from = new DateOnly(year, month, 1);
        var to = DocumentCalendar.FirstDayAfterMonth(year, month);
        var (before, after) = await db.NeighboursAsync(from, to, ct);
        var previous = before is { } b ? new Crumb(BrowseLinks.MonthYear(b.Year, b.Month), BrowseLinks.Month(b.Year, b.Month)) : null;
        var next = after is { } a ? new Crumb(BrowseLinks.MonthYear(a.Year, a.Month), BrowseLinks.Month(a.Year, a.Month)) : null;
        var counts = await db.CountByDayAsync(year, month, ct);
        if (counts.Count == 0)
        {
            var message = $"No document in the archive is dated {Name}." + (previous, next) switch
            {
                (null, null) => "",
                _ => " The nearest months with documents are linked below.",
            };
            return this.NotFoundWithHelp(logger, message, previous, next, new Crumb($"Every month of {year}", BrowseLinks.Year(year)), BrowseLinks.Browse);
        }

        var list = await DocumentList.ReadAsync(db.Documents.DatedBetween(from, to), await db.MonthCountAsync(year, month, ct), Request, newestFirst: false, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, $"There is no such page of {Name}'s documents: pages are numbered from 1 to the last one its pager links: pages are numbered from 1 to the last one its pager links.", new Crumb(Name, BrowseLinks.Month(year, month)));
        Documents = list;
        Nav = new PeriodNav("Months", previous, next);
        Calendar = MonthCalendar.Of(year, month, counts.ToDictionary(c => c.Period, c => c.Count));
        return Page();
    }
}
