using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Browse;

/// <summary>
/// Counts, lists and neighbours for browsing by year, month and day. A document is found on each of its dates (main,
/// delivered, dated, distributed, published), so a letter dated one day and distributed the next is on both days, yet
/// counted once in a period that holds both. Every query filters and groups in SQL; ranges are half-open.
/// </summary>
public static class DocumentCalendar
{
    /// <summary>One row per document and distinct date it carries.</summary>
    private sealed class DatedRow
    {
        public int Id { get; init; }
        public DateOnly Day { get; init; }
    }

    private static IQueryable<DatedRow> DatedRows(ArchiveDb db) =>
        db.Documents.Where(d => d.Date != null).Select(d => new DatedRow { Id = d.Id, Day = d.Date!.Value })
            .Union(db.Documents.Where(d => d.DeliveredOn != null).Select(d => new DatedRow { Id = d.Id, Day = d.DeliveredOn!.Value }))
            .Union(db.Documents.Where(d => d.WrittenOn != null).Select(d => new DatedRow { Id = d.Id, Day = d.WrittenOn!.Value }))
            .Union(db.Documents.Where(d => d.DistributedOn != null).Select(d => new DatedRow { Id = d.Id, Day = d.DistributedOn!.Value }))
            .Union(db.Documents.Where(d => d.PublishedOn != null).Select(d => new DatedRow { Id = d.Id, Day = d.PublishedOn!.Value }));

    /// <summary>Documents with any of their dates on or after <paramref name="from"/> and before <paramref name="to"/> (null: no end).</summary>
    public static IQueryable<Document> DatedBetween(this IQueryable<Document> documents, DateOnly from, DateOnly? to) =>
        to is { } end
            ? documents.Where(d => (d.Date >= from && d.Date < end) || (d.DeliveredOn >= from && d.DeliveredOn < end)
                || (d.WrittenOn >= from && d.WrittenOn < end) || (d.DistributedOn >= from && d.DistributedOn < end)
                || (d.PublishedOn >= from && d.PublishedOn < end))
            : documents.Where(d => d.Date >= from || d.DeliveredOn >= from || d.WrittenOn >= from || d.DistributedOn >= from || d.PublishedOn >= from);

    public static Task<List<PeriodCount>> CountByYearAsync(this ArchiveDb db, CancellationToken ct) =>
        DatedRows(db).Select(r => new { r.Id, r.Day.Year }).Distinct()
            .GroupBy(r => r.Year)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .ToListAsync(ct);

    public static Task<List<PeriodCount>> CountByMonthAsync(this ArchiveDb db, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), FirstDayAfterYear(year));
        return DatedRows(db).Where(r => r.Day >= from && (to == null || r.Day < to))
            .Select(r => new { r.Id, r.Day.Month }).Distinct()
            .GroupBy(r => r.Month)
            .OrderBy(g => g.Key)
            .Select(g => new PeriodCount(g.Key, g.Count()))
            .ToListAsync(ct);
    }

    public static Task<List<PeriodCount>> CountByDayAsync(this ArchiveDb db, int year, int month, CancellationToken ct)
    {
        var from = new DateOnly(year, month, 1);
        var to = FirstDayAfterMonth(year, month);
        return DatedRows(db).Where(r => r.Day >= from && (to == null || r.Day < to))
            .GroupBy(r => r.Day.Day)
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
        var before = await DatedRows(db).Where(r => r.Day < from).Select(r => (DateOnly?)r.Day).MaxAsync(ct);
        var after = to is null ? null : await DatedRows(db).Where(r => r.Day >= to).Select(r => (DateOnly?)r.Day).MinAsync(ct);
        return (before, after);
    }

    public static DateOnly? FirstDayAfterYear(int year) => year < DateOnly.MaxValue.Year ? new DateOnly(year + 1, 1, 1) : null;

    public static DateOnly? FirstDayAfterMonth(int year, int month) =>
        month < 12 ? new DateOnly(year, month + 1, 1) : FirstDayAfterYear(year);
}
