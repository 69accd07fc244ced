using System.Globalization;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Rendering;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Documents;

public class ShowModel(ArchiveDb db, MarkdownRenderer markdown) : PageModel
{
    public Document Document { get; private set; } = null!;
    public IHtmlContent BodyHtml { get; private set; } = HtmlString.Empty;
    public string Description { get; private set; } = "";
    public IReadOnlyList<(string Label, DateOnly Date, string Test)> Dates { get; private set; } = [];
    public IReadOnlyList<SpeakerLine> Speakers { get; private set; } = [];
    public IReadOnlyList<string> Organs { get; private set; } = [];
    public IReadOnlyList<string> AgendaItems { get; private set; } = [];
    public IReadOnlyList<string> CitedSymbols { get; private set; } = [];
    public IReadOnlyList<string> Resolutions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var document = await db.Documents.AsNoTracking().AsSplitQuery()
            .Include(d => d.Organs).ThenInclude(o => o.Organ)
            .Include(d => d.Speakers).ThenInclude(s => s.Speaker)
            .Include(d => d.AgendaItems).ThenInclude(a => a.AgendaItem).ThenInclude(i => i.Organ)
            .Include(d => d.CitedSymbols)
            .Include(d => d.CitedResolutions)
            .FirstOrDefaultAsync(d => d.Slug == slug, ct);
        if (document is null)
            return NotFound();

        Document = document;
        // Markdown is the only source of HTML here, and the renderer makes it inert.
        BodyHtml = new HtmlString(markdown.ToHtml(document.Body));
        Description = $"{DocumentKinds.Label(document.Kind)} {document.Date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: {document.Title}";
        Dates = OtherDates(document);
        Speakers = [.. document.Speakers.OrderBy(s => s.Position).Select(s => new SpeakerLine(s.SpellingUsed, s.Role, s.Capacity))];
        Organs = [.. document.Organs.OrderBy(o => o.Position).Select(o => o.Session is int n ? $"{o.Organ.Name}, {Ordinal(n)} {o.Organ.SessionTerm}" : o.Organ.Name)];
        AgendaItems = [.. document.AgendaItems.OrderBy(a => a.Position).Select(a => AgendaLabel(a.AgendaItem))];
        CitedSymbols = [.. document.CitedSymbols.Select(s => s.Symbol).Order(StringComparer.Ordinal)];
        Resolutions = [.. document.CitedResolutions.OrderBy(r => r.Year).ThenBy(r => r.Number)
            .Select(r => (r.Organ is null ? "" : r.Organ + " ") + "resolution " + r.Number + (r.Year is int y ? $" ({y})" : ""))];
        return Page();
    }

    private static List<(string, DateOnly, string)> OtherDates(Document d)
    {
        var dates = new List<(string, DateOnly, string)>();
        if (d.DeliveredOn is { } delivered) dates.Add(("Delivered", delivered, "delivered-on"));
        if (d.WrittenOn is { } written) dates.Add(("Dated", written, "written-on"));
        if (d.DistributedOn is { } distributed) dates.Add(("Distributed", distributed, "distributed-on"));
        if (d.PublishedOn is { } published) dates.Add(("Published", published, "published-on"));
        return dates;
    }

    private static string AgendaLabel(AgendaItem item)
    {
        var number = item.SubItem.Length > 0 ? $"{item.Number} ({item.SubItem})" : item.Number.ToString(CultureInfo.InvariantCulture);
        var session = item.Session is int n ? $", {Ordinal(n)} {item.Organ.SessionTerm}" : "";
        return $"{item.Organ.Name}{session}, item {number}" + (item.Title is null ? "" : $": {item.Title}");
    }

    internal static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => $"{n}th",
        _ => (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" },
    };
}

public sealed record SpeakerLine(string Name, string? Role, SpeakerCapacity Capacity);
