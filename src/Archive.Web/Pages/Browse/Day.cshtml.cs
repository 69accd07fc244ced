using System.Globalization;
using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Browse;

public class DayModel(ArchiveDb db, ILogger<DayModel> logger) : PageModel
{
    public DateOnly Date { get; private set; }
    public string Name => BrowseLinks.DayName(Date);
    public DocumentList Documents { get; private set; } = null!;
    public PeriodNav Nav { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, int month, int day, CancellationToken ct)
    {
        if (year < 1 || year > 9999)
            return this.NotFoundWithHelp(logger, $"{year} is not a year the archive can show: years run from 1 to 9999.", BrowseLinks.Browse);
        if (month < 1 || month > 12)
            return this.NotFoundWithHelp(logger, $"There is no month {month}: months run from 01 (January) to 12 (December).",
                new Crumb($"Every month of {year}", BrowseLinks.Year(year)), BrowseLinks.Browse);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return this.NotFoundWithHelp(logger, $"{BrowseLinks.MonthYear(year, month)} has no day {day}: it has {DateTime.DaysInMonth(year, month)} days.",
                new Crumb(BrowseLinks.MonthYear(year, month), BrowseLinks.Month(year, month)), BrowseLinks.Browse);
        var date = new DateOnly(year, month, day);
        if (RouteData.Values["year"] as string != year.ToString("D4", CultureInfo.InvariantCulture)
            || RouteData.Values["month"] as string != month.ToString("D2", CultureInfo.InvariantCulture)
            || RouteData.Values["day"] as string != day.ToString("D2", CultureInfo.InvariantCulture))
            return RedirectPermanent(BrowseLinks.Day(date));
        Date = date;

        var (before, after) = await db.NeighboursAsync(date, date == DateOnly.MaxValue ? null : date.AddDays(1), ct);
        var previous = before is { } b ? new Crumb(BrowseLinks.DayName(b), BrowseLinks.Day(b)) : null;
        var next = after is { } a ? new Crumb(BrowseLinks.DayName(a), BrowseLinks.Day(a)) : null;
        var list = await DocumentList.ReadAsync(db.Documents.DatedBetween(date, date == DateOnly.MaxValue ? null : date.AddDays(1)),
            await db.DayCountAsync(date, ct), Request, newestFirst: false, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, $"There is no such page of the documents of {Name}: pages are numbered from 1 to the last one its pager links: pages are numbered from 1 to the last one its pager links.", new Crumb(Name, BrowseLinks.Day(date)));
        if (list.Total == 0)
        {
            return this.NotFoundWithHelp(logger, $"No document in the archive is dated {Name}. The nearest days with documents are linked below.",
                previous, next, new Crumb(BrowseLinks.MonthYear(year, month), BrowseLinks.Month(year, month)), BrowseLinks.Browse);
        }
        Documents = list;
        Nav = new PeriodNav("Days", previous, next);
        return Page();
    }
}
