using Archive.Core.Data;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Audit;

/// <summary>
/// Records writes in the store. <see cref="Add"/> joins the caller's unit of work, so the entry commits with the change
/// it describes; <see cref="RecordAsync"/> saves at once, for refusals that write nothing else.
/// </summary>
public sealed class AuditLog(ArchiveDb db, TimeProvider clock, ILogger<AuditLog> logger)
{
    public void Add(string user, string action, string target, string outcome, string? detail = null)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), User = user, Action = action, Target = Cap(target, 300), Outcome = outcome,
            Detail = detail is null ? null : Cap(detail, 2000),
        });
        logger.LogInformation("Audit: {User} {Action} {Target}: {Outcome}", user, action, target, outcome);
    }

    public async Task RecordAsync(string user, string action, string target, string outcome, string? detail, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Add(user, action, target, outcome, detail);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static string Cap(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
