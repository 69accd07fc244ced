using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Web.Pages.Organs;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Agenda;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<AgendaOrgan> Organs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = await db.CountByAgendaItemAsync(ct);
        var listed = await db.AgendaItems
            .Select(i => new
            {
                i.Id,
                Organ = i.Organ.Name,
                OrganSlug = i.Organ.Slug,
                i.Organ.SessionTerm,
                i.Session,
                i.Number,
                i.SubItem,
                i.Title,
            })
            .ToListAsync(ct);
        // Items are few beside documents; those with no public document are left out by their maintained count.
        var items = listed.Where(i => counts.ContainsKey(i.Id)).Select(i => new
        {
            i.Organ, i.OrganSlug, i.SessionTerm, i.Session, i.Number, i.SubItem, i.Title, Count = counts[i.Id],
        }).ToList();
        // Grouped in memory by a key the database does not store: the folded title (an untitled item stands alone).
        Organs = [.. items.GroupBy(i => (i.Organ, i.OrganSlug))
            .OrderBy(g => g.Key.Organ, StringComparer.Ordinal)
            .Select(organ => new AgendaOrgan(organ.Key.Organ, organ.Key.OrganSlug, [.. organ
                .GroupBy(i => AgendaTitles.Key(i.Title) ?? $"{i.Session}/{i.Number}{i.SubItem}")
                .Select(topic => new AgendaTopic(
                    topic.Select(i => i.Title).FirstOrDefault(t => t is not null),
                    [.. topic.OrderByDescending(i => i.Session).ThenBy(i => i.Number).ThenBy(i => i.SubItem, StringComparer.Ordinal)
                        .Select(i => new AgendaTopicItem(
                            (i.Session is int s ? OrganLinks.SessionName(s, i.SessionTerm) + ", " : "") + OrganLinks.ItemName(i.Number, i.SubItem),
                            OrganLinks.AgendaItem(i.OrganSlug, i.Session, i.Number, i.SubItem), i.Count))]))
                .OrderBy(t => t.Title ?? "\uffff", StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Items[0].Name, StringComparer.Ordinal)]))];
    }
}

public sealed record AgendaOrgan(string Name, string Slug, IReadOnlyList<AgendaTopic> Topics);

/// <summary>One item title and every session (and number) it was on the agenda under.</summary>
public sealed record AgendaTopic(string? Title, IReadOnlyList<AgendaTopicItem> Items);

public sealed record AgendaTopicItem(string Name, string Href, int Count);
