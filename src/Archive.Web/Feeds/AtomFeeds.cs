using System.Globalization;
using System.Text;
using System.Xml;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Web.Api;
using Archive.Web.Pages;
using Archive.Web.Pages.Agenda;
using Archive.Web.Pages.Kinds;
using Archive.Web.Pages.Missions;
using Archive.Web.Pages.Organs;
using Archive.Web.Pages.Search;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Feeds;

/// <summary>
/// Atom feeds (RFC 4287) of the newest documents: the whole archive, a speaker, an organ, an agenda item, a kind, a
/// mission, or any search. Built on the public queries, so a withdrawn document leaves every feed at once.
/// </summary>
public static class AtomFeeds
{
    public const int Size = 50;
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public static string ForSpeaker(string slug) => "/feed/speakers/" + slug;
    public static string ForOrgan(string slug) => "/feed/organs/" + slug;
    public static string ForKind(DocumentKind kind) => "/feed/kinds/" + KindNames.Slug(kind);
    public static string ForMission(string slug) => "/feed/missions/" + slug;
    public static string ForAgendaItem(string organ, int? session, int number, string subItem) => "/feed" + OrganLinks.AgendaItem(organ, session, number, subItem);

    /// <summary>The search's own parameters, without order or page: "/feed/search?q=…".</summary>
    public static string ForSearch(SearchParameters search) => "/feed" + search.Without("sort");

    public static void MapArchiveFeeds(this WebApplication app)
    {
        var feeds = app.MapGroup("/feed").RequireRateLimiting(ApiServices.RateLimitPolicy).ExcludeFromDescription();
        feeds.MapGet("", (HttpContext http, ArchiveDb db, CancellationToken ct) =>
            FeedAsync(http, db, "Statements Archive: new documents", "/", db.Documents, ct));
        feeds.MapGet("/speakers/{slug}", async (HttpContext http, string slug, ArchiveDb db, CancellationToken ct) =>
            await db.Speakers.Where(s => s.Slug == slug).Select(s => new { s.Id, s.Name }).FirstOrDefaultAsync(ct) is { } speaker
                ? await FeedAsync(http, db, $"{speaker.Name}: new documents", "/speakers/" + slug, db.Documents.Where(d => d.Speakers.Any(s => s.SpeakerId == speaker.Id)), ct)
                : Problems.NotFound("No speaker has this slug."));
        feeds.MapGet("/organs/{slug}", async (HttpContext http, string slug, ArchiveDb db, CancellationToken ct) =>
            await db.Organs.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct) is { } organ
                ? await FeedAsync(http, db, $"{organ.Name}: new documents", OrganLinks.Organ(slug), db.Documents.Where(d => d.Organs.Any(o => o.OrganId == organ.Id)), ct)
                : Problems.NotFound("No organ has this slug."));
        feeds.MapGet("/kinds/{slug}", (HttpContext http, string slug, ArchiveDb db, CancellationToken ct) =>
            KindNames.FromSlug(slug) is { } kind
                ? FeedAsync(http, db, $"{KindNames.Plural(kind)}: new documents", KindNames.Href(kind), db.Documents.Where(d => d.Kind == kind), ct)
                : Task.FromResult(Problems.NotFound("No kind of document has this slug.")));
        feeds.MapGet("/missions/{slug}", async (HttpContext http, string slug, ArchiveDb db, CancellationToken ct) =>
        {
            if ((await MissionCatalog.ReadAsync(db, ct)).FirstOrDefault(m => m.Slug == slug) is not { } mission)
                return Problems.NotFound("No mission or author has this slug.");
            var countries = mission.Countries.ToList();
            var authors = mission.AuthorsWithoutCountry.ToList();
            return await FeedAsync(http, db, $"{mission.Name}: new documents", MissionCatalog.Href(slug),
                db.Documents.Where(d => (d.Country != null && countries.Contains(d.Country)) || (d.Country == null && d.Author != null && authors.Contains(d.Author))), ct);
        });
        feeds.MapGet("/agenda/{organ}/{session}/{item}", async (HttpContext http, string organ, string session, string item, ArchiveDb db, CancellationToken ct) =>
        {
            if (ItemModel.ParseSession(session) is not (true, var number) || ItemModel.ParseItem(item) is not (true, var itemNumber, var subItem))
                return Problems.NotFound("This is not an agenda item's address: it reads /feed/agenda/organ/session/item.");
            var found = await db.AgendaItems.Where(i => i.Organ.Slug == organ && i.Session == number && i.Number == itemNumber && i.SubItem == subItem)
                .Select(i => new { i.Id, i.Organ.Name }).FirstOrDefaultAsync(ct);
            if (found is null)
                return Problems.NotFound("The archive has no such agenda item.");
            var page = OrganLinks.AgendaItem(organ, number, itemNumber, subItem);
            return await FeedAsync(http, db, $"{found.Name}, {OrganLinks.ItemName(itemNumber, subItem)}: new documents", page,
                db.Documents.Where(d => d.AgendaItems.Any(a => a.AgendaItemId == found.Id)), ct);
        });
        feeds.MapGet("/search", async (HttpContext http, ArchiveDb db, SearchService search, CancellationToken ct) =>
        {
            var parameters = SearchParameters.From(http.Request.Query);
            if (parameters.Problems.Count > 0)
                return Problems.BadRequest(parameters.Problems[0], parameters.Problems);
            var (ids, errors) = await search.FindIdsAsync(parameters.ToRequest(), ct);
            if (errors.Count > 0)
                return Problems.BadRequest(errors[0], errors);
            // Ids grow with each import, so the highest are the newest additions, whatever the documents' own dates.
            var newest = ids.OrderDescending().Take(Size).ToList();
            return await FeedAsync(http, db, $"Search “{parameters.Query}”: new documents", parameters.Without("page"),
                db.Documents.Where(d => newest.Contains(d.Id)), ct);
        });
    }

    /// <summary>The newest <see cref="Size"/> documents of <paramref name="documents"/>, latest imported first.</summary>
    private static async Task<IResult> FeedAsync(HttpContext http, ArchiveDb db, string title, string page, IQueryable<Document> documents, CancellationToken ct)
    {
        var entries = await documents.OrderByDescending(d => d.Id).Take(Size)
            .Select(d => new Entry(d.Id, d.Slug, d.Title ?? "Untitled document", d.Kind, d.Date, d.Event, d.Author ?? d.Country, d.ImportedAt,
                d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed).ToList()))
            .ToListAsync(ct);
        var ids = entries.Select(e => e.Id).ToList();
        var revised = (await db.Revisions.Where(r => ids.Contains(r.DocumentId)).Select(r => new { r.DocumentId, r.At }).ToListAsync(ct))
            .GroupBy(r => r.DocumentId).ToDictionary(g => g.Key, g => g.Max(r => r.At));
        DateTimeOffset Updated(Entry e) => revised.TryGetValue(e.Id, out var at) && at > e.Imported ? at : e.Imported;
        var updated = entries.Count > 0 ? entries.Max(Updated) : DateTimeOffset.UnixEpoch;

        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", AtomNs);
            var self = Canonical.Absolute(http.Request, http.Request.Path + http.Request.QueryString);
            w.WriteElementString("id", AtomNs, self);
            w.WriteElementString("title", AtomNs, title);
            w.WriteElementString("updated", AtomNs, Stamp(updated));
            Link(w, "self", self, "application/atom+xml");
            Link(w, "alternate", Canonical.Absolute(http.Request, page), "text/html");
            w.WriteStartElement("author", AtomNs);
            w.WriteElementString("name", AtomNs, "Statements Archive");
            w.WriteEndElement();
            foreach (var e in entries)
            {
                var permalink = Canonical.Absolute(http.Request, "/documents/" + e.Slug);
                w.WriteStartElement("entry", AtomNs);
                w.WriteElementString("id", AtomNs, permalink);
                w.WriteElementString("title", AtomNs, e.Title);
                w.WriteElementString("published", AtomNs, Stamp(e.Imported));
                w.WriteElementString("updated", AtomNs, Stamp(Updated(e)));
                Link(w, "alternate", permalink, "text/html");
                foreach (var person in e.Speakers.Count > 0 ? e.Speakers : e.Mission is { } m ? [m] : ["Unknown"])
                {
                    w.WriteStartElement("author", AtomNs);
                    w.WriteElementString("name", AtomNs, person);
                    w.WriteEndElement();
                }
                w.WriteStartElement("category", AtomNs);
                w.WriteAttributeString("term", KindNames.Slug(e.Kind));
                w.WriteAttributeString("label", DocumentKinds.Label(e.Kind));
                w.WriteEndElement();
                w.WriteStartElement("summary", AtomNs);
                w.WriteAttributeString("type", "text");
                w.WriteString(string.Join(", ", new[] { DocumentKinds.Label(e.Kind), e.Mission, e.Event,
                    e.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated" }.Where(x => !string.IsNullOrWhiteSpace(x))));
                w.WriteEndElement();
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Conditional.Bytes(http, stream.ToArray(), "application/atom+xml; charset=utf-8", updated);
    }

    private static void Link(XmlWriter w, string rel, string href, string type)
    {
        w.WriteStartElement("link", AtomNs);
        w.WriteAttributeString("rel", rel);
        w.WriteAttributeString("type", type);
        w.WriteAttributeString("href", href);
        w.WriteEndElement();
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed record Entry(int Id, string Slug, string Title, DocumentKind Kind, DateOnly? Date, string? Event, string? Mission, DateTimeOffset Imported, List<string> Speakers);
}
