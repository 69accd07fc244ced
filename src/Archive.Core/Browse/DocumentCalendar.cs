using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Browse;

/// <summary>
/// Counts and neighbours by the main date (<see cref="Documents.Document.Date"/>), for browsing by year, month and day.
/// Every query filters and groups in SQL; ranges are half-open so the (date, slug) index serves them.
/// </summary>
public static class DocumentCalendar
{
    public static Task<List<PeriodCount>> CountByYearAsync(this ArchiveDb db, CancellationToken ct) =>
        db.Documents.Where(d => d.Date != null)
            .GroupBy(d => d.Date!.Value.Year)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .ToListAsync(ct);

    public static Task<List<PeriodCount>> CountByMonthAsync(this ArchiveDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), FirstDayAfterYear(year));
        return db.Documents.Where(d => d.Date >= from && (to == null || d.Date < to))
            .GroupBy(d => d.Date!.Value.Month)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }

    public static Task<List<PeriodCount>> CountByDayAsync(this ArchiveDb db, int year, int month, CancellationToken ct)
    {
        var from = new DateOnly(year, month, 1);
        var to = FirstDayAfterMonth(year, month);
        return db.Documents.Where(d => d.Date >= from && (to == null || d.Date < to))
            .GroupBy(d => d.Date!.Value.Day)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The latest date with a document before <paramref name="from"/> and the earliest on or after <paramref name="to"/>
    /// (null for the end of time): previous and next links that skip empty periods.
    /// </summary>
    public static async Task<(DateOnly? Before, DateOnly? After)> NeighboursAsync(this ArchiveDb db, DateOnly from, DateOnly? to, CancellationToken ct)
    {
        var before = await db.Documents.Where(d => d.Date < from).MaxAsync(d => d.Date, ct);
        var after = to is null ? null : await db.Documents.Where(d => d.Date >= to).MinAsync(d => d.Date, ct);
        return (before, after);
    }

    public static DateOnly? FirstDayAfterYear(int year) => year < DateOnly.MaxValue.Year ? new DateOnly(year + 1, 1, 1) : null;

    public static DateOnly? FirstDayAfterMonth(int year, int month) =>
        month < 12 ? new DateOnly(year, month + 1, 1) : FirstDayAfterYear(year);
}
