using Archive.Core.Audit;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Curation;

/// <summary>Renames an agenda item: every document on that item shows the new title.</summary>
public sealed class AgendaItemEditor(ArchiveDb db, AuditLog audit, ILogger<AgendaItemEditor> logger)
{
    public const int MaxTitle = 500;

    public async Task<CurationResult> RenameAsync(int id, string? title, string user, CancellationToken ct)
    {
        var item = await db.AgendaItems.Include(i => i.Organ).FirstOrDefaultAsync(i => i.Id == id, ct);
        title = string.IsNullOrWhiteSpace(title) ? null : title.Trim();
        var problem = item is null ? "There is no such agenda item."
            : title is null ? "Give the item a title."
            : title.Length > MaxTitle ? $"The title is longer than {MaxTitle} characters." : null;
        var target = item is null ? $"agenda item {id}" : $"{item.Organ.Name} {item.Session} item {item.Number}{item.SubItem}";
        if (problem is not null)
        {
            await audit.RecordAsync(user, "rename agenda item", target, AuditOutcome.Refused, problem, ct);
            return CurationResult.Refused(problem);
        }
        var before = item!.Title;
        item.Title = title;
        audit.Add(user, "rename agenda item", target, AuditOutcome.Succeeded, $"\"{before}\" → \"{title}\"");
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} renamed {Target} to {Title}", user, target, title);
        return CurationResult.Done("Renamed.", id);
    }
}
