using Archive.Core.Documents;

namespace Archive.Core.Browse;

/// <summary>
/// Lists for browsing by year, month and day. A document is found on each of its dates (main, delivered, dated,
/// distributed, published), so a letter dated one day and distributed the next is on both days, yet counted once in a
/// period that holds both (the counts and neighbours are <see cref="PageCounts"/>'). Ranges are half-open.
/// </summary>
public static class DocumentCalendar
{
    /// <summary>Documents with any of their dates on or after <paramref name="from"/> and before <paramref name="to"/> (null: no end).</summary>
    public static IQueryable<Document> DatedBetween(this IQueryable<Document> documents, DateOnly from, DateOnly? to) =>
        to is { } end
            ? documents.Where(d => (d.Date >= from && d.Date < end) || (d.DeliveredOn >= from && d.DeliveredOn < end)
                || (d.WrittenOn >= from && d.WrittenOn < end) || (d.DistributedOn >= from && d.DistributedOn < end)
                || (d.PublishedOn >= from && d.PublishedOn < end))
            : documents.Where(d => d.Date >= from || d.DeliveredOn >= from || d.WrittenOn >= from || d.DistributedOn >= from || d.PublishedOn >= from);

    public static DateOnly? FirstDayAfterYear(int year) => year < DateOnly.MaxValue.Year ? new DateOnly(year + 1, 1, 1) : null;

    public static DateOnly? FirstDayAfterMonth(int year, int month) =>
        month < 12 ? new DateOnly(year, month + 1, 1) : FirstDayAfterYear(year);
}
