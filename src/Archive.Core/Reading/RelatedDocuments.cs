using System.Linq.Expressions;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Reading;

/// <summary>
/// The documents a document page points to: its neighbours by date, others by the same speaker, under the same agenda item
/// or at the same event, and the news reports about a statement (or the statements a report is about). Each is one query
/// that filters, orders and projects in SQL; withdrawn documents are left out by the store's query filter.
/// </summary>
public static class RelatedDocuments
{
    /// <summary>A report may come out on the day of the statement or a few days later.</summary>
    public const int ReportLagDays = 3;

    /// <summary>Talks at one event that spans several days (an open debate, a session's general debate) stay together.</summary>
    public const int EventSpanDays = 7;

    private static readonly Expression<Func<Document, RelatedRow>> ToRow = d => new RelatedRow(
        d.Slug, d.Title ?? "Untitled document", d.Kind, d.Date,
        d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed).FirstOrDefault(), d.Author);

    /// <summary>The document just before this one by main date (ties broken by slug); none for an undated document.</summary>
    public static Task<RelatedRow?> PreviousAsync(this ArchiveDb db, Document document, CancellationToken ct)
    {
        if (document.Date is not { } date)
            return Task.FromResult<RelatedRow?>(null);
        var slug = document.Slug;
        return db.Documents
            .Where(d => d.Date < date || (d.Date == date && string.Compare(d.Slug, slug) < 0))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Slug)
            .Select(ToRow).FirstOrDefaultAsync(ct);
    }

    /// <summary>The document just after this one by main date (ties broken by slug); none for an undated document.</summary>
    public static Task<RelatedRow?> NextAsync(this ArchiveDb db, Document document, CancellationToken ct)
    {
        if (document.Date is not { } date)
            return Task.FromResult<RelatedRow?>(null);
        var slug = document.Slug;
        return db.Documents
            .Where(d => d.Date > date || (d.Date == date && string.Compare(d.Slug, slug) > 0))
            .OrderBy(d => d.Date).ThenBy(d => d.Slug)
            .Select(ToRow).FirstOrDefaultAsync(ct);
    }

    /// <summary>Other documents of any of this document's speakers (one person however spelt), newest first.</summary>
    public static Task<List<RelatedRow>> BySameSpeakerAsync(this ArchiveDb db, Document document, int take, CancellationToken ct)
    {
        var speakerIds = document.Speakers.Select(s => s.SpeakerId).ToList();
        if (speakerIds.Count == 0)
            return Task.FromResult(new List<RelatedRow>());
        var id = document.Id;
        // From the speakers' links (an IN), so SQLite reads their documents only rather than walking the archive by date.
        var linked = db.DocumentSpeakers.Where(s => speakerIds.Contains(s.SpeakerId)).Select(s => s.DocumentId);
        return db.Documents
            .Where(d => d.Id != id && linked.Contains(d.Id))
            .NewestFirst(db).ThenBy(d => d.Slug)
            .Take(take).Select(ToRow).ToListAsync(ct);
    }

    /// <summary>Other documents under any of this document's agenda items, newest first.</summary>
    public static Task<List<RelatedRow>> BySameAgendaItemAsync(this ArchiveDb db, Document document, int take, CancellationToken ct)
    {
        var itemIds = document.AgendaItems.Select(a => a.AgendaItemId).ToList();
        if (itemIds.Count == 0)
            return Task.FromResult(new List<RelatedRow>());
        var id = document.Id;
        var linked = db.DocumentAgendaItems.Where(a => itemIds.Contains(a.AgendaItemId)).Select(a => a.DocumentId);
        return db.Documents
            .Where(d => d.Id != id && linked.Contains(d.Id))
            .NewestFirst(db).ThenBy(d => d.Slug)
            .Take(take).Select(ToRow).ToListAsync(ct);
    }

    /// <summary>
    /// Other documents of the same event: the same event name, word for word, within <see cref="EventSpanDays"/> days
    /// either side, by date. Names as generic as "Plenary meeting" recur, hence the window.
    /// </summary>
    public static Task<List<RelatedRow>> BySameEventAsync(this ArchiveDb db, Document document, int take, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(document.Event) || document.Date is not { } date)
            return Task.FromResult(new List<RelatedRow>());
        var (name, id, from, to) = (document.Event, document.Id, date.AddDays(-EventSpanDays), date.AddDays(EventSpanDays));
        return db.Documents
            .Where(d => d.Id != id && d.Event == name && d.Date >= from && d.Date <= to)
            .OrderBy(d => d.Date).ThenBy(d => d.Slug)
            .Take(take).Select(ToRow).ToListAsync(ct);
    }

    /// <summary>
    /// For a news report: the archived statements, letters or notes it reports on. One reports on another when they share
    /// a speaker (the same person, whichever spelling each uses), the other's main date falls on the report's date or up to
    /// <see cref="ReportLagDays"/> days before it, and, when both name organs, they share one.
    /// </summary>
    public static Task<List<RelatedRow>> ReportedOnAsync(this ArchiveDb db, Document report, CancellationToken ct)
    {
        if (report.Kind != DocumentKind.NewsReport || (report.PublishedOn ?? report.Date) is not { } reported || report.Speakers.Count == 0)
            return Task.FromResult(new List<RelatedRow>());
        var (speakerIds, organIds, from) = (SpeakerIds(report), OrganIds(report), reported.AddDays(-ReportLagDays));
        return db.Documents
            .Where(d => d.Kind != DocumentKind.NewsReport
                && d.Speakers.Any(s => speakerIds.Contains(s.SpeakerId))
                && d.Date >= from && d.Date <= reported
                && (organIds.Count == 0 || !d.Organs.Any() || d.Organs.Any(o => organIds.Contains(o.OrganId))))
            .OrderBy(d => d.Date).ThenBy(d => d.Slug)
            .Select(ToRow).ToListAsync(ct);
    }

    /// <summary>For any other document: the news reports that report on it, by the rule of <see cref="ReportedOnAsync"/> read the other way.</summary>
    public static Task<List<RelatedRow>> ReportsAsync(this ArchiveDb db, Document document, CancellationToken ct)
    {
        if (document.Kind == DocumentKind.NewsReport || document.Date is not { } date || document.Speakers.Count == 0)
            return Task.FromResult(new List<RelatedRow>());
        var (speakerIds, organIds, to) = (SpeakerIds(document), OrganIds(document), date.AddDays(ReportLagDays));
        return db.Documents
            .Where(d => d.Kind == DocumentKind.NewsReport
                && d.Speakers.Any(s => speakerIds.Contains(s.SpeakerId))
                && (d.PublishedOn ?? d.Date) >= date && (d.PublishedOn ?? d.Date) <= to
                && (organIds.Count == 0 || !d.Organs.Any() || d.Organs.Any(o => organIds.Contains(o.OrganId))))
            .OrderBy(d => d.PublishedOn ?? d.Date).ThenBy(d => d.Slug)
            .Select(ToRow).ToListAsync(ct);
    }

    private static List<int> SpeakerIds(Document d) => [.. d.Speakers.Select(s => s.SpeakerId)];

    private static List<int> OrganIds(Document d) => [.. d.Organs.Select(o => o.OrganId)];
}
