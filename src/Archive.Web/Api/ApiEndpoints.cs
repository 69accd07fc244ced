using System.Globalization;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Reading;
using Archive.Core.Rendering;
using Archive.Core.Search;
using Archive.Web.Pages.Kinds;
using Archive.Web.Pages.Missions;
using Archive.Web.Pages.Organs;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Api;

/// <summary>The JSON API under /api/v1 (docs/api.md): read-only, cursor-paged, conditional, rate-limited per client.</summary>
public static class ApiEndpoints
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static void MapArchiveApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").RequireRateLimiting(ApiServices.RateLimitPolicy);
        var api = app.MapGroup("/api/v1").RequireRateLimiting(ApiServices.RateLimitPolicy).WithTags("archive");
        api.MapGet("/documents", ListDocumentsAsync).WithName("ListDocuments")
            .WithSummary("Public documents, all of them in import order, or those a search finds in its order; a page at a time.")
            .Produces<Page<DocumentSummary>>().ProducesProblem(400);
        api.MapGet("/documents/{slug}", DocumentAsync).WithName("GetDocument")
            .WithSummary("One document: all metadata, typed dates, body as Markdown and HTML, link to the original.")
            .Produces<DocumentDetail>().Produces(304).ProducesProblem(404).ProducesProblem(410);
        api.MapGet("/speakers", SpeakersAsync).WithName("ListSpeakers").WithSummary("Speakers with public documents, a page at a time.")
            .Produces<Page<SpeakerRow>>().ProducesProblem(400);
        api.MapGet("/speakers/{slug}", SpeakerAsync).WithName("GetSpeaker").WithSummary("A speaker's spellings, roles over time and documents.")
            .Produces<SpeakerDetail>().ProducesProblem(404);
        api.MapGet("/organs", OrgansAsync).WithName("ListOrgans").Produces<IReadOnlyList<OrganRow>>();
        api.MapGet("/organs/{slug}/sessions", SessionsAsync).WithName("ListSessions").Produces<IReadOnlyList<SessionRow>>().ProducesProblem(404);
        api.MapGet("/agenda-items", AgendaItemsAsync).WithName("ListAgendaItems")
            .WithSummary("Agenda items with public documents; filter by organ slug and session.").Produces<Page<AgendaItemRow>>().ProducesProblem(400);
        api.MapGet("/kinds", KindsAsync).WithName("ListKinds").Produces<IReadOnlyList<KindRow>>();
        api.MapGet("/missions", MissionsAsync).WithName("ListMissions").Produces<IReadOnlyList<MissionRow>>();
        // Anything else under /api answers in the same language as the rest of the API.
        app.MapFallback("/api/{**rest}", (HttpContext http) => Problems.NotFound($"The API has no resource at {http.Request.Path}; see /openapi/v1.json."))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ListDocumentsAsync(HttpContext http, ArchiveDb db, SearchService search, CancellationToken ct,
        string? q = null, string? sort = null, string? kind = null, string? year = null, string? organ = null, string? speaker = null,
        string? agenda = null, string? from = null, string? to = null, string? limit = null, string? cursor = null)
    {
        var problems = new List<string>();
        var take = Limit(limit, problems);
        if (!Cursor.TryDecode(cursor, out var after))
            problems.Add("The cursor is not one this API gave: pass back the nextCursor of the previous page unchanged.");
        var order = SearchSort.Relevance;
        if (sort is not null && (!sort.All(char.IsAsciiLetter) || !Enum.TryParse(sort, ignoreCase: true, out order)))
            problems.Add($"\"{sort}\" is not an order the archive knows: use relevance, newest or oldest.");
        if (problems.Count > 0)
            return Problems.BadRequest(problems[0], problems);

        var searching = new[] { q, kind, year, organ, speaker, agenda, from, to }.Any(v => !string.IsNullOrWhiteSpace(v));
        List<int> page;
        int total;
        int position;
        if (searching)
        {
            var request = new SearchRequest(q, order) { Kind = kind, Year = year, Organ = organ, Speaker = speaker, Agenda = agenda, From = from, To = to };
            var (ids, errors) = await search.FindIdsAsync(request, ct);
            if (errors.Count > 0)
                return Problems.BadRequest(errors[0], errors);
            var start = after is null ? 0 : ids.ToList().IndexOf(after.LastId) is var i and >= 0 ? i + 1 : Math.Min(after.Position, ids.Count);
            page = [.. ids.Skip(start).Take(take + 1)];
            total = ids.Count;
            position = start;
        }
        else
        {
            // The whole archive in import order: a keyset on the id, so a page costs the same however deep.
            var lastId = after?.LastId ?? 0;
            page = await db.Documents.Where(d => d.Id > lastId).OrderBy(d => d.Id).Select(d => d.Id).Take(take + 1).ToListAsync(ct);
            total = await db.Documents.CountAsync(ct);
            position = after?.Position ?? 0;
        }
        var more = page.Count > take;
        if (more)
            page.RemoveAt(take);
        var items = await SummariesAsync(db, page, ct);
        string? next = null, link = null;
        if (more && page.Count > 0)
        {
            next = new Cursor(page[^1], position + page.Count).Encode();
            link = http.Request.Path + QueryString.Create(http.Request.Query.Where(p => p.Key != "cursor")
                .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())).Append(new("cursor", next)));
        }
        return Conditional.Json(http, new Page<DocumentSummary>(items, total, next, link));
    }

    /// <summary>Rows for the given ids, in their order; the global filters drop any that are not public.</summary>
    internal static async Task<List<DocumentSummary>> SummariesAsync(ArchiveDb db, List<int> ids, CancellationToken ct)
    {
        var rows = await db.Documents.Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Slug, d.Title, d.Kind, d.Date, d.Symbol, d.Country, d.Author, Speakers = d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed).ToList() })
            .ToListAsync(ct);
        var byId = rows.ToDictionary(r => r.Id);
        return [.. ids.Where(byId.ContainsKey).Select(id => byId[id]).Select(r => new DocumentSummary(
            r.Slug, "/documents/" + r.Slug, "/api/v1/documents/" + r.Slug, r.Title ?? "Untitled document", DocumentKinds.Label(r.Kind), r.Date, r.Symbol,
            r.Speakers, r.Country ?? r.Author))];
    }

    private static async Task<IResult> DocumentAsync(HttpContext http, string slug, ArchiveDb db, MarkdownRenderer markdown, CancellationToken ct)
    {
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return Problems.NotFound($"\"{slug}\" is not a document's address: it ends in the 12-digit key of the permalink.");
        var d = await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(x => x.Organs).ThenInclude(o => o.Organ)
            .Include(x => x.Speakers).ThenInclude(s => s.Speaker)
            .Include(x => x.AgendaItems).ThenInclude(a => a.AgendaItem).ThenInclude(i => i.Organ)
            .Include(x => x.CitedSymbols)
            .Include(x => x.CitedResolutions)
            .FirstOrDefaultAsync(x => x.Key == key, ct);
        if (d is null)
        {
            var withdrawn = await db.Documents.IgnoreQueryFilters().AnyAsync(x => x.Key == key && x.WithdrawnAt != null, ct);
            return withdrawn ? Problems.Gone("This document was withdrawn from the archive; its permalink says why.")
                : Problems.NotFound("The archive has no public document with this key.");
        }
        var lastChange = await db.LastChangeAsync(d, ct);
        var body = new DocumentDetail(
            d.Slug, d.Key, "/documents/" + d.Slug, "/documents/" + d.Slug + "/original", d.Title ?? "Untitled document", DocumentKinds.Label(d.Kind),
            new DocumentDates(d.Date, d.DeliveredOn, d.WrittenOn, d.DistributedOn, d.PublishedOn),
            [.. d.Speakers.OrderBy(s => s.Position).Select(s => new DocumentSpeakerLine(s.Speaker.Name, s.Speaker.Slug, s.SpellingUsed, s.Role, s.Capacity.ToString().ToLowerInvariant()))],
            [.. d.Organs.OrderBy(o => o.Position).Select(o => new DocumentOrganLine(o.Organ.Name, o.Organ.Slug, o.Session))],
            [.. d.AgendaItems.OrderBy(a => a.Position).Select(a => new AgendaLine(a.AgendaItem.Organ.Slug, a.AgendaItem.Session, a.AgendaItem.Number, a.AgendaItem.SubItem,
                a.AgendaItem.Title, OrganLinks.AgendaItem(a.AgendaItem.Organ.Slug, a.AgendaItem.Session, a.AgendaItem.Number, a.AgendaItem.SubItem)))],
            d.Event, d.Author, d.Country, d.Addressee, d.Place, d.ReferenceNumber, d.Symbol, d.Language, d.Source,
            [.. d.CitedSymbols.Select(s => s.Symbol).Order(StringComparer.Ordinal)],
            [.. d.CitedResolutions.OrderBy(r => r.Year).ThenBy(r => r.Number).Select(r => new ResolutionLine(r.Number, r.Year, r.Organ))],
            d.ImportedAt, lastChange, d.Body, markdown.ToHtml(d.Body));
        return Conditional.Json(http, body, lastChange);
    }

    private static async Task<IResult> SpeakersAsync(HttpContext http, ArchiveDb db, CancellationToken ct, string? limit = null, string? cursor = null)
    {
        var problems = new List<string>();
        var take = Limit(limit, problems);
        if (!Cursor.TryDecode(cursor, out var after))
            problems.Add("The cursor is not one this API gave: pass back the nextCursor of the previous page unchanged.");
        if (problems.Count > 0)
            return Problems.BadRequest(problems[0], problems);
        var lastId = after?.LastId ?? 0;
        var rows = await db.Speakers.Where(s => s.Id > lastId && s.Documents.Any()).OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.Slug, s.Name, Count = s.Documents.Count() }).Take(take + 1).ToListAsync(ct);
        var total = await db.Speakers.CountAsync(s => s.Documents.Any(), ct);
        var more = rows.Count > take;
        var items = rows.Take(take).Select(r => new SpeakerRow(r.Slug, r.Name, r.Count, "/api/v1/speakers/" + r.Slug)).ToList();
        var next = more ? new Cursor(rows[take - 1].Id, (after?.Position ?? 0) + take).Encode() : null;
        return Conditional.Json(http, new Page<SpeakerRow>(items, total, next, next is null ? null : $"/api/v1/speakers?limit={take}&cursor={next}"));
    }

    private static async Task<IResult> SpeakerAsync(HttpContext http, string slug, ArchiveDb db, CancellationToken ct)
    {
        var profile = await db.SpeakerProfileAsync(slug, ct);
        if (profile is null)
            return Problems.NotFound("No speaker with public documents has this slug; /api/v1/speakers lists them all.");
        return Conditional.Json(http, new SpeakerDetail(profile.Slug, profile.Name, "/speakers/" + profile.Slug,
            [.. profile.Spellings.Select(s => new SpellingLine(s.Spelling, s.Count))],
            [.. profile.Roles.Select(r => new RoleLine(r.Role, r.Mission, r.First.Date, r.Last.Date, r.Count))],
            [.. profile.Documents.Select(d => "/api/v1/documents/" + d.Slug)]));
    }

    private static async Task<IResult> OrgansAsync(HttpContext http, ArchiveDb db, CancellationToken ct)
    {
        var organs = await db.Organs.OrderBy(o => o.Name)
            .Select(o => new { o.Slug, o.Name, o.SessionTerm, Count = db.Set<DocumentOrgan>().Where(l => l.OrganId == o.Id).Select(l => l.DocumentId).Distinct().Count() })
            .Where(o => o.Count > 0).ToListAsync(ct);
        return Conditional.Json(http, organs.Select(o => new OrganRow(o.Slug, o.Name, o.SessionTerm, o.Count, $"/api/v1/organs/{o.Slug}/sessions")).ToList());
    }

    private static async Task<IResult> SessionsAsync(HttpContext http, string slug, ArchiveDb db, CancellationToken ct)
    {
        var organ = await db.Organs.Where(o => o.Slug == slug).Select(o => new { o.Id, o.Slug, o.SessionTerm }).FirstOrDefaultAsync(ct);
        if (organ is null)
            return Problems.NotFound("No organ has this slug; /api/v1/organs lists them.");
        var sessions = await db.Set<DocumentOrgan>().Where(l => l.OrganId == organ.Id).GroupBy(l => l.Session)
            .Select(g => new { Session = g.Key, Count = g.Select(l => l.DocumentId).Distinct().Count() }).ToListAsync(ct);
        return Conditional.Json(http, sessions.OrderByDescending(s => s.Session ?? int.MinValue).Select(s => new SessionRow(s.Session,
            s.Session is int n ? OrganLinks.SessionName(n, organ.SessionTerm) : "no session",
            s.Count, s.Session is int m ? OrganLinks.Session(organ.Slug, m) : OrganLinks.Organ(organ.Slug))).ToList());
    }

    private static async Task<IResult> AgendaItemsAsync(HttpContext http, ArchiveDb db, CancellationToken ct,
        string? organ = null, string? session = null, string? limit = null, string? cursor = null)
    {
        var problems = new List<string>();
        var take = Limit(limit, problems);
        if (!Cursor.TryDecode(cursor, out var after))
            problems.Add("The cursor is not one this API gave: pass back the nextCursor of the previous page unchanged.");
        int? sessionNumber = null;
        if (session is not null)
        {
            if (int.TryParse(session, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000)
                sessionNumber = n;
            else
                problems.Add($"\"{session}\" is not a session number: sessions run from 1 to 10000.");
        }
        if (problems.Count > 0)
            return Problems.BadRequest(problems[0], problems);
        var lastId = after?.LastId ?? 0;
        var query = db.AgendaItems.Where(i => db.DocumentAgendaItems.Any(l => l.AgendaItemId == i.Id));
        if (organ is not null)
            query = query.Where(i => i.Organ.Slug == organ);
        if (sessionNumber is not null)
            query = query.Where(i => i.Session == sessionNumber);
        var total = await query.CountAsync(ct);
        var rows = await query.Where(i => i.Id > lastId).OrderBy(i => i.Id)
            .Select(i => new { i.Id, Organ = i.Organ.Slug, i.Session, i.Number, i.SubItem, i.Title, Count = db.DocumentAgendaItems.Count(l => l.AgendaItemId == i.Id) })
            .Take(take + 1).ToListAsync(ct);
        var more = rows.Count > take;
        var items = rows.Take(take).Select(r => new AgendaItemRow(r.Organ, r.Session, r.Number, r.SubItem, r.Title, r.Count,
            OrganLinks.AgendaItem(r.Organ, r.Session, r.Number, r.SubItem))).ToList();
        var next = more ? new Cursor(rows[take - 1].Id, (after?.Position ?? 0) + take).Encode() : null;
        var link = next is null ? null : http.Request.Path + QueryString.Create(http.Request.Query.Where(p => p.Key != "cursor")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())).Append(new("cursor", next)));
        return Conditional.Json(http, new Page<AgendaItemRow>(items, total, next, link));
    }

    private static async Task<IResult> KindsAsync(HttpContext http, ArchiveDb db, CancellationToken ct)
    {
        var kinds = await db.Documents.GroupBy(d => d.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(ct);
        return Conditional.Json(http, kinds.OrderBy(k => DocumentKinds.Label(k.Kind), StringComparer.Ordinal)
            .Select(k => new KindRow(KindNames.Slug(k.Kind), DocumentKinds.Label(k.Kind), k.Count, KindNames.Href(k.Kind))).ToList());
    }

    private static async Task<IResult> MissionsAsync(HttpContext http, ArchiveDb db, CancellationToken ct)
    {
        var missions = await MissionCatalog.ReadAsync(db, ct);
        return Conditional.Json(http, missions.Select(m => new MissionRow(m.Slug, m.Name, m.IsState, m.Count, MissionCatalog.Href(m.Slug))).ToList());
    }

    private static int Limit(string? text, List<string> problems)
    {
        if (text is null)
            return DefaultLimit;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxLimit)
            return n;
        problems.Add($"\"{text}\" is not a page size: limit runs from 1 to {MaxLimit}.");
        return DefaultLimit;
    }
}
