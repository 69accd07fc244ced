using System.Globalization;
using Archive.Core.Accounts;
using Archive.Core.Citations;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Reading;
using Archive.Core.Rendering;
using Archive.Web.Discovery;
using Archive.Web.Pages.Organs;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Documents;

public class ShowModel(ArchiveDb db, MarkdownRenderer markdown, TimeProvider clock) : PageModel
{
    private const int RelatedCount = 10;

    public DocumentView Document { get; private set; } = null!;
    public IHtmlContent BodyHtml { get; private set; } = HtmlString.Empty;
    public CiteView Cite { get; private set; } = null!;
    public RelatedView Related { get; private set; } = null!;

    /// <summary>Citation, Dublin Core and JSON-LD metadata for the page head.</summary>
    public DocumentMetadata Metadata { get; private set; } = null!;

    /// <summary>For signed-in archivists only: links to edit, history and withdraw, and the withdrawal notice.</summary>
    public ArchivistToolbar? Toolbar { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        // The key at the end finds the document; the words before it may have changed since the link was made.
        if (DocumentLoader.KeyOf(slug) is not { } key)
            return NotFound();
        // Archivists also see withdrawn documents and drafts; for everyone else the global filter hides them.
        var archivist = User.IsInRole(Roles.Archivist) || User.IsInRole(Roles.Administrator);
        var found = await (archivist ? db.Documents.IgnoreQueryFilters() : db.Documents).AsNoTracking().AsSplitQuery()
            .Include(d => d.Organs).ThenInclude(o => o.Organ)
            .Include(d => d.Speakers).ThenInclude(s => s.Speaker)
            .Include(d => d.AgendaItems).ThenInclude(a => a.AgendaItem).ThenInclude(i => i.Organ)
            .Include(d => d.CitedSymbols)
            .Include(d => d.CitedResolutions)
            .FirstOrDefaultAsync(d => d.Key == key, ct);
        if (found is null)
            return await WithdrawnNoticeAsync(key, ct) ?? NotFound();
        if (found.Slug != slug)
            return RedirectToPagePermanent("Show", new { slug = found.Slug });

        Document = DocumentView.From(found);
        // Markdown is the only source of HTML here, and the renderer makes it inert; its ids are generated, never read.
        BodyHtml = new HtmlString(markdown.ToHtmlWithAnchors(found.Body));
        var source = CitationLoader.SourceOf(found, Canonical.Absolute(Request, "/documents/" + found.Slug), clock);
        // The original's name only: including the file would read its bytes, and the filtered join every file's.
        var originalName = await (archivist ? db.OriginalFiles.IgnoreQueryFilters() : db.OriginalFiles)
            .Where(o => o.DocumentId == found.Id).Select(o => o.FileName).FirstOrDefaultAsync(ct);
        Metadata = DocumentMetadata.Of(found, source, Canonical.Absolute(Request, "/documents/" + found.Slug + "/original"), originalName);
        Cite = new CiteView(Citation.Format(source), Citation.ToBibTex(source), Citation.ToRis(source), Citation.ToCslJson(source), source.Url, "/documents/" + found.Slug);
        Related = new RelatedView(
            await db.PreviousAsync(found, ct), await db.NextAsync(found, ct),
            await db.ReportedOnAsync(found, ct), await db.ReportsAsync(found, ct),
            await db.BySameSpeakerAsync(found, RelatedCount, ct), await db.BySameAgendaItemAsync(found, RelatedCount, ct),
            await db.BySameEventAsync(found, RelatedCount, ct));
        if (archivist)
            Toolbar = new ArchivistToolbar(found.Slug, found.WithdrawnAt, found.WithdrawalReason, found.IsDraft, found.ReviewedAt is not null);
        return Page();
    }

    /// <summary>A withdrawn document's permalink answers 410 Gone, saying when and why, so citations do not just break.</summary>
    private async Task<IActionResult?> WithdrawnNoticeAsync(string key, CancellationToken ct)
    {
        var withdrawn = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Key == key && d.WithdrawnAt != null && !d.IsDraft)
            .Select(d => new WithdrawnNotice(d.Title ?? "Untitled document", d.WithdrawnAt!.Value, d.WithdrawalReason ?? ""))
            .FirstOrDefaultAsync(ct);
        if (withdrawn is null)
            return null;
        ViewData["Title"] = "Withdrawn: " + withdrawn.Title;
        return new PartialViewResult
        {
            ViewName = "_WithdrawnDocument",
            ViewData = new ViewDataDictionary<WithdrawnNotice>(ViewData, withdrawn),
            StatusCode = StatusCodes.Status410Gone,
        };
    }
}

public sealed record WithdrawnNotice(string Title, DateTimeOffset At, string Reason);

public sealed record ArchivistToolbar(string Slug, DateTimeOffset? WithdrawnAt, string? Reason, bool IsDraft = false, bool Reviewed = true);

/// <summary>What the document page shows, read once from the entity.</summary>
public sealed record DocumentView(
    string Slug, string Title, DocumentKind Kind, DateOnly? Date, IReadOnlyList<DatedAs> Dates,
    IReadOnlyList<SpeakerLine> Speakers, IReadOnlyList<OrganLine> Organs, string? Event, string? Author, string? Country, string? Addressee,
    string? Place, string? ReferenceNumber, string? Symbol, string? Source, string? Language,
    IReadOnlyList<AgendaLine> AgendaItems, IReadOnlyList<string> CitedSymbols, IReadOnlyList<ResolutionLine> Resolutions,
    DateTimeOffset ImportedAt, string ImportedVia)
{
    public string Description => $"{DocumentKinds.Label(Kind)}, {Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "undated"}: {Title}";

    public static DocumentView From(Document d) => new(
        d.Slug, d.Title ?? "Untitled document", d.Kind, d.Date, OtherDates(d),
        [.. d.Speakers.OrderBy(s => s.Position).Select(s => new SpeakerLine(s.SpellingUsed, s.Speaker.Slug, s.Role, s.Capacity))],
        [.. d.Organs.OrderBy(o => o.Position).Select(OrganLine.From)],
        d.Event, d.Author, d.Country, d.Addressee, d.Place, d.ReferenceNumber, d.Symbol, d.Source, d.Language,
        [.. d.AgendaItems.OrderBy(a => a.Position).Select(a => AgendaLine.From(a.AgendaItem))],
        [.. d.CitedSymbols.Select(s => s.Symbol).Order(StringComparer.Ordinal)],
        [.. d.CitedResolutions.OrderBy(r => r.Year).ThenBy(r => r.Number).Select(ResolutionLine.From)],
        d.ImportedAt, d.ImportedVia);

    private static List<DatedAs> OtherDates(Document d)
    {
        var dates = new List<DatedAs>();
        if (d.DeliveredOn is { } delivered) dates.Add(new("Delivered", delivered, "delivered-on"));
        if (d.WrittenOn is { } written) dates.Add(new("Dated", written, "written-on"));
        if (d.DistributedOn is { } distributed) dates.Add(new("Distributed", distributed, "distributed-on"));
        if (d.PublishedOn is { } published) dates.Add(new("Published", published, "published-on"));
        return dates;
    }
}

public sealed record DatedAs(string Label, DateOnly Date, string Test);

/// <summary>An organ the document was addressed to or delivered at, and the session when known, each with its browse page.</summary>
public sealed record OrganLine(string Name, string Href, string? Session, string? SessionHref)
{
    public static OrganLine From(DocumentOrgan link) => link.Session is int n
        ? new(link.Organ.Name, OrganLinks.Organ(link.Organ.Slug), OrganLinks.SessionName(n, link.Organ.SessionTerm), OrganLinks.Session(link.Organ.Slug, n))
        : new(link.Organ.Name, OrganLinks.Organ(link.Organ.Slug), null, null);
}

/// <summary>"General Assembly, 74th session, item 31: Prevention of armed conflict", linked to the item's page.</summary>
public sealed record AgendaLine(string Label, string Href)
{
    public static AgendaLine From(AgendaItem item)
    {
        var session = item.Session is int n ? ", " + OrganLinks.SessionName(n, item.Organ.SessionTerm) : "";
        var label = $"{item.Organ.Name}{session}, {OrganLinks.ItemName(item.Number, item.SubItem)}" + (item.Title is null ? "" : $": {item.Title}");
        return new(label, OrganLinks.AgendaItem(item.Organ.Slug, item.Session, item.Number, item.SubItem));
    }
}

public sealed record SpeakerLine(string Name, string Slug, string? Role, SpeakerCapacity Capacity);

/// <summary>A cited resolution; Security Council ones with a year have an official address ("S/RES/822(1993)").</summary>
public sealed record ResolutionLine(string Text, string? Address)
{
    public static ResolutionLine From(CitedResolution r)
    {
        var text = (r.Organ is null ? "" : r.Organ + " ") + "resolution " + r.Number + (r.Year is int y ? $" ({y})" : "");
        var address = r.Organ == "Security Council" && r.Year is int year
            ? UnDocuments.Address(string.Create(CultureInfo.InvariantCulture, $"S/RES/{r.Number}({year})"))
            : null;
        return new ResolutionLine(text, address);
    }
}

public sealed record CiteView(string Text, string BibTex, string Ris, string CslJson, string Permalink, string Path);

public sealed record RelatedView(
    RelatedRow? Previous, RelatedRow? Next, IReadOnlyList<RelatedRow> ReportedOn, IReadOnlyList<RelatedRow> Reports,
    IReadOnlyList<RelatedRow> SameSpeaker, IReadOnlyList<RelatedRow> SameAgendaItem, IReadOnlyList<RelatedRow> SameEvent)
{
    public bool Any => Previous is not null || Next is not null || ReportedOn.Count + Reports.Count + SameSpeaker.Count + SameAgendaItem.Count + SameEvent.Count > 0;
}

/// <summary>One list of related documents under its heading; <paramref name="Test"/> names it for tests and its heading's id.</summary>
public sealed record RelatedList(string Heading, IReadOnlyList<RelatedRow> Rows, string Test);
