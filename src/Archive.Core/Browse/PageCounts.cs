using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Browse;

/// <summary>One maintained count: a facet ("year", "organ", …), its key ("2019", an organ's id) and how many public documents.</summary>
public sealed record FacetCount(string Key, int Count);

/// <summary>
/// The counts the public pages show, read from <c>page_counts</c>, which triggers keep in step with every change to a
/// document or its links (migration PageCounts): each read is a primary-key lookup or range, never a pass over the
/// documents. They count public documents only, as <see cref="PublicDocuments"/> defines them. SQL lives here because
/// the table is the migration's, not the EF model's; identifiers are quoted so that
/// the same SQL reads both stores.
/// </summary>
public static class PageCounts
{
    private const string Documents = "documents";
    private const string Undated = "undated";
    private const string Kind = "kind";
    private const string Mission = "mission";
    private const string Year = "year";
    private const string Month = "month";
    private const string Day = "day";
    private const string Organ = "organ";
    private const string Session = "session";
    private const string Speaker = "speaker";
    private const string Agenda = "agenda";

    /// <summary>Every key of a facet, in key order.</summary>
    private static Task<List<FacetCount>> FacetAsync(ArchiveDb db, string facet, CancellationToken ct) =>
        db.Database.SqlQuery<FacetCount>($"""SELECT "Key", "Count" FROM page_counts WHERE "Facet" = {facet} ORDER BY "Key" """).ToListAsync(ct);

    /// <summary>Keys of a facet from <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), in key order.</summary>
    private static Task<List<FacetCount>> RangeAsync(ArchiveDb db, string facet, string from, string to, CancellationToken ct) =>
        db.Database.SqlQuery<FacetCount>($"""SELECT "Key", "Count" FROM page_counts WHERE "Facet" = {facet} AND "Key" >= {from} AND "Key" < {to} ORDER BY "Key" """)
            .ToListAsync(ct);

    private static async Task<int> CountAsync(ArchiveDb db, string facet, string key, CancellationToken ct) =>
        await db.Database.SqlQuery<int>($"""SELECT "Count" AS "Value" FROM page_counts WHERE "Facet" = {facet} AND "Key" = {key}""").FirstOrDefaultAsync(ct);

    /// <summary>Public documents in the archive.</summary>
    public static Task<int> DocumentCountAsync(this ArchiveDb db, CancellationToken ct) => CountAsync(db, Documents, "", ct);

    /// <summary>Public documents without a main date.</summary>
    public static Task<int> UndatedCountAsync(this ArchiveDb db, CancellationToken ct) => CountAsync(db, Undated, "", ct);

    public static async Task<IReadOnlyList<(DocumentKind Kind, int Count)>> CountByKindAsync(this ArchiveDb db, CancellationToken ct) =>
        [.. (await FacetAsync(db, Kind, ct)).Select(c => (Enum.TryParse<DocumentKind>(c.Key, out var kind) ? kind : DocumentKind.Unknown, c.Count))];

    public static Task<int> KindCountAsync(this ArchiveDb db, DocumentKind kind, CancellationToken ct) => CountAsync(db, Kind, kind.ToString(), ct);

    /// <summary>Public documents per (State, author) pair as the documents give them; pairs with neither are not counted.</summary>
    public static async Task<IReadOnlyList<(string? Country, string? Author, int Count)>> CountByCountryAndAuthorAsync(this ArchiveDb db, CancellationToken ct) =>
        [.. (await FacetAsync(db, Mission, ct)).Select(c =>
        {
            var pair = System.Text.Json.JsonSerializer.Deserialize<string?[]>(c.Key)!;
            return (pair[0], pair[1], c.Count);
        })];

    /// <summary>Documents per year: each counted once in every year one of its dates falls in.</summary>
    public static async Task<List<PeriodCount>> CountByYearAsync(this ArchiveDb db, CancellationToken ct) =>
        [.. (await FacetAsync(db, Year, ct)).Select(c => new PeriodCount(int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c.Count))];

    /// <summary>Documents with a date in the year, each once.</summary>
    public static Task<int> YearCountAsync(this ArchiveDb db, int year, CancellationToken ct) => CountAsync(db, Year, Keys.Year(year), ct);

    public static async Task<List<PeriodCount>> CountByMonthAsync(this ArchiveDb db, int year, CancellationToken ct) =>
        [.. (await RangeAsync(db, Month, Keys.Year(year) + "-", Keys.Year(year) + ".", ct)).Select(c => new PeriodCount(int.Parse(c.Key[5..], System.Globalization.CultureInfo.InvariantCulture), c.Count))];

    public static Task<int> MonthCountAsync(this ArchiveDb db, int year, int month, CancellationToken ct) => CountAsync(db, Month, Keys.Month(year, month), ct);

    public static async Task<List<PeriodCount>> CountByDayAsync(this ArchiveDb db, int year, int month, CancellationToken ct) =>
        [.. (await RangeAsync(db, Day, Keys.Month(year, month) + "-", Keys.Month(year, month) + ".", ct)).Select(c => new PeriodCount(int.Parse(c.Key[8..], System.Globalization.CultureInfo.InvariantCulture), c.Count))];

    public static Task<int> DayCountAsync(this ArchiveDb db, DateOnly day, CancellationToken ct) => CountAsync(db, Day, Keys.Day(day), ct);

    /// <summary>
    /// The latest day with a document before <paramref name="from"/> and the earliest on or after <paramref name="to"/>
    /// (null for the end of time), from the day keys, which are exactly the days with public documents.
    /// </summary>
    public static async Task<(DateOnly? Before, DateOnly? After)> NeighboursAsync(this ArchiveDb db, DateOnly from, DateOnly? to, CancellationToken ct)
    {
        var (fromKey, day) = (Keys.Day(from), Day);
        var before = await db.Database.SqlQuery<string>($"""SELECT max("Key") AS "Value" FROM page_counts WHERE "Facet" = {day} AND "Key" < {fromKey}""")
            .FirstOrDefaultAsync(ct);
        string? after = null;
        if (to is { } end)
        {
            var toKey = Keys.Day(end);
            after = await db.Database.SqlQuery<string>($"""SELECT min("Key") AS "Value" FROM page_counts WHERE "Facet" = {day} AND "Key" >= {toKey}""")
                .FirstOrDefaultAsync(ct);
        }
        return (Keys.ParseDay(before), Keys.ParseDay(after));
    }

    /// <summary>Public documents per organ, by organ id.</summary>
    public static async Task<Dictionary<int, int>> CountByOrganAsync(this ArchiveDb db, CancellationToken ct) =>
        (await FacetAsync(db, Organ, ct)).ToDictionary(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c => c.Count);

    public static Task<int> OrganCountAsync(this ArchiveDb db, int organId, CancellationToken ct) =>
        CountAsync(db, Organ, organId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);

    /// <summary>Public documents per session of every organ: (organ id, session, count).</summary>
    public static async Task<IReadOnlyList<(int OrganId, int Session, int Count)>> CountBySessionAsync(this ArchiveDb db, CancellationToken ct) =>
        [.. (await FacetAsync(db, Session, ct)).Select(c => ParseSession(c))];

    /// <summary>Public documents per session of one organ, by session.</summary>
    public static async Task<SortedDictionary<int, int>> CountBySessionAsync(this ArchiveDb db, int organId, CancellationToken ct)
    {
        var prefix = organId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // ';' follows ':' in code order, so the range is every key "organ:…".
        var rows = await RangeAsync(db, Session, prefix + ":", prefix + ";", ct);
        return new SortedDictionary<int, int>(rows.Select(ParseSession).ToDictionary(r => r.Session, r => r.Count));
    }

    /// <summary>Public documents per agenda item, by item id; items with none are absent.</summary>
    public static async Task<Dictionary<int, int>> CountByAgendaItemAsync(this ArchiveDb db, CancellationToken ct) =>
        (await FacetAsync(db, Agenda, ct)).ToDictionary(c => int.Parse(c.Key, System.Globalization.CultureInfo.InvariantCulture), c => c.Count);

    /// <summary>Public documents per speaker, with the speaker's name and slug: one row per speaker who has any.</summary>
    public static Task<List<SpeakerCount>> CountBySpeakerAsync(this ArchiveDb db, CancellationToken ct) =>
        db.Database.SqlQuery<SpeakerCount>($"""
            SELECT s."Name", s."Slug", c."Count" FROM page_counts AS c JOIN speakers AS s ON s."Id" = CAST(c."Key" AS INTEGER)
            WHERE c."Facet" = {Speaker}
            """).ToListAsync(ct);

    private static (int OrganId, int Session, int Count) ParseSession(FacetCount c)
    {
        var colon = c.Key.IndexOf(':', StringComparison.Ordinal);
        return (int.Parse(c.Key[..colon], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(c.Key[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), c.Count);
    }

    /// <summary>Period keys as the store writes dates: "2019", "2019-09", "2019-09-24".</summary>
    private static class Keys
    {
        public static string Year(int year) => year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

        public static string Month(int year, int month) => Year(year) + "-" + month.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

        public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        public static DateOnly? ParseDay(string? key) =>
            key is not null && DateOnly.TryParseExact(key, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
                ? day : null;
    }
}

/// <summary>A speaker with a public document, and how many.</summary>
public sealed record SpeakerCount(string Name, string Slug, int Count);
