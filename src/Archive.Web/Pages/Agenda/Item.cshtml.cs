using System.Globalization;
using Archive.Core.Data;
using Archive.Web.Pages.Organs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Agenda;

public class ItemModel(ArchiveDb db, ILogger<ItemModel> logger) : PageModel
{
    public string OrganName { get; private set; } = "";
    public string OrganSlug { get; private set; } = "";
    public int? Session { get; private set; }
    public string? SessionName { get; private set; }
    public string ItemName { get; private set; } = "";
    public string? Title { get; private set; }
    public IReadOnlyList<AgendaTopicItem> OtherSessions { get; private set; } = [];
    public DocumentList Documents { get; private set; } = null!;

    public string Heading => $"{OrganName}, {(SessionName is null ? "" : SessionName + ", ")}{ItemName}";

    public async Task<IActionResult> OnGetAsync(string organ, string session, string item, CancellationToken ct)
    {
        if (ParseSession(session) is not (true, var sessionNumber) || ParseItem(item) is not (true, var number, var subItem))
            return this.NotFoundWithHelp(logger, "This is not an agenda item's address: it reads /agenda/organ/session/item, such as /agenda/general-assembly/74/130.", OrganLinks.AgendaIndex);
        var found = await db.AgendaItems
            .Where(i => i.Organ.Slug == organ && i.Session == sessionNumber && i.Number == number && i.SubItem == subItem)
            .Where(i => db.DocumentAgendaItems.Any(l => l.AgendaItemId == i.Id))
            .Select(i => new { i.Id, i.OrganId, i.Organ.Name, i.Organ.Slug, i.Organ.SessionTerm, i.Title })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            var organCrumb = await db.Organs.Where(o => o.Slug == organ).Select(o => new Crumb(o.Name, "/organs/" + o.Slug)).FirstOrDefaultAsync(ct);
            return this.NotFoundWithHelp(logger, "The archive has no document under this agenda item. The index lists every item with documents.", OrganLinks.AgendaIndex, organCrumb);
        }
        var list = await DocumentList.ReadAsync(db.Documents.Where(d => d.AgendaItems.Any(a => a.AgendaItemId == found.Id)), Request, newestFirst: true, ct);
        if (list is null)
            return this.NotFoundWithHelp(logger, "There is no such page of this item's documents: pages are numbered from 1 to the last one its pager links.", new Crumb("This agenda item", Request.Path.ToUriComponent()));

        (OrganName, OrganSlug, Session, Title, Documents) = (found.Name, found.Slug, sessionNumber, found.Title, list);
        SessionName = sessionNumber is int s ? OrganLinks.SessionName(s, found.SessionTerm) : null;
        ItemName = OrganLinks.ItemName(number, subItem);
        if (AgendaTitles.Key(found.Title) is { } key)
        {
            // Candidates are the organ's titled items with documents; the folded title is compared here, since it is not stored.
            var candidates = await db.AgendaItems
                .Where(i => i.OrganId == found.OrganId && i.Id != found.Id && i.Title != null && db.DocumentAgendaItems.Any(l => l.AgendaItemId == i.Id))
                .Select(i => new { i.Session, i.Number, i.SubItem, i.Title, Count = db.DocumentAgendaItems.Count(l => l.AgendaItemId == i.Id) })
                .ToListAsync(ct);
            OtherSessions = [.. candidates.Where(c => AgendaTitles.Key(c.Title) == key)
                .OrderByDescending(c => c.Session).ThenBy(c => c.Number)
                .Select(c => new AgendaTopicItem(
                    (c.Session is int n ? OrganLinks.SessionName(n, found.SessionTerm) + ", " : "") + OrganLinks.ItemName(c.Number, c.SubItem),
                    OrganLinks.AgendaItem(found.Slug, c.Session, c.Number, c.SubItem), c.Count))];
        }
        return Page();
    }

    internal static (bool Ok, int? Session) ParseSession(string text) =>
        text == OrganLinks.NoSession ? (true, null)
        : text.Length is > 0 and <= 4 && text.All(char.IsAsciiDigit) && text[0] != '0' ? (true, int.Parse(text, CultureInfo.InvariantCulture))
        : (false, null);

    /// <summary>"130" or "68b": the number as the UN writes it, then the sub-item's letters.</summary>
    internal static (bool Ok, int Number, string SubItem) ParseItem(string text)
    {
        var digits = text.TakeWhile(char.IsAsciiDigit).Count();
        var letters = text[digits..];
        if (digits is 0 or > 4 || text[0] == '0' || letters.Length > 8 || !letters.All(char.IsAsciiLetterLower))
            return (false, 0, "");
        return (true, int.Parse(text[..digits], CultureInfo.InvariantCulture), letters);
    }
}
