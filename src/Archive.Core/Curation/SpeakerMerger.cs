using System.Text.Json;
using Archive.Core.Audit;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Curation;

/// <summary>
/// Merges two speaker records that are one person: the merged one's spellings become the kept one's aliases and its
/// documents point to the kept one. The merge is recorded so it can be undone exactly.
/// </summary>
public sealed class SpeakerMerger(ArchiveDb db, SpeakerDirectory directory, AuditLog audit, TimeProvider clock, ILogger<SpeakerMerger> logger)
{
    public async Task<CurationResult> MergeAsync(string keptSlug, string mergedSlug, string user, CancellationToken ct)
    {
        var target = $"{mergedSlug} into {keptSlug}";
        var kept = await db.Speakers.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == keptSlug, ct);
        var merged = await db.Speakers.Include(s => s.Aliases).FirstOrDefaultAsync(s => s.Slug == mergedSlug, ct);
        var problem = kept is null || merged is null ? "Choose two speakers in the archive."
            : kept.Id == merged.Id ? "A speaker cannot be merged with itself." : null;
        if (problem is not null)
        {
            await audit.RecordAsync(user, "merge speakers", target, AuditOutcome.Refused, problem, ct);
            return CurationResult.Refused(problem);
        }

        var links = await db.DocumentSpeakers.IgnoreQueryFilters().Where(l => l.SpeakerId == merged!.Id).ToListAsync(ct);
        var keptDocuments = await db.DocumentSpeakers.IgnoreQueryFilters().Where(l => l.SpeakerId == kept!.Id).Select(l => l.DocumentId).ToListAsync(ct);
        // Earlier merges into the person merged now follow them to the kept person; the undo of this merge hands them back.
        var earlier = await db.SpeakerMerges.Where(m => m.KeptSpeakerId == merged!.Id).ToListAsync(ct);
        foreach (var merge in earlier)
            merge.KeptSpeakerId = kept!.Id;
        var record = new SpeakerMerge
        {
            KeptSpeakerId = kept!.Id, MergedName = merged!.Name, MergedSlug = merged.Slug, User = user, At = clock.GetUtcNow(),
            MovedAliases = JsonSerializer.Serialize(new AliasRecord(
                [.. merged.Aliases.Where(a => !kept.Aliases.Any(k => k.Spelling == a.Spelling)).Select(a => a.Id)],
                [.. merged.Aliases.Where(a => kept.Aliases.Any(k => k.Spelling == a.Spelling)).Select(a => new SharedSpelling(a.Spelling, a.MatchKey, a.SurnameKey))],
                [.. earlier.Select(m => m.Id)])),
            MovedLinks = JsonSerializer.Serialize(links.Select(l => new MovedLink(l.DocumentId, l.Role, l.SpellingUsed, l.Capacity, l.Position,
                Folded: keptDocuments.Contains(l.DocumentId))).ToList()),
        };
        var keptSpellings = kept.Aliases.Select(a => a.Spelling).ToHashSet(StringComparer.Ordinal);
        var movedAliases = merged.Aliases.Where(a => !keptSpellings.Contains(a.Spelling)).ToList();
        // A spelling both already have stays once, with the kept person.
        db.SpeakerAliases.RemoveRange(merged.Aliases.Where(a => keptSpellings.Contains(a.Spelling)));
        foreach (var alias in movedAliases)
            alias.SpeakerId = kept.Id;
        // The link's key holds the speaker, so a moved link is a new row; a document naming both keeps the kept one's.
        db.DocumentSpeakers.RemoveRange(links);
        db.DocumentSpeakers.AddRange(links.Where(l => !keptDocuments.Contains(l.DocumentId)).Select(l => new DocumentSpeaker
        {
            DocumentId = l.DocumentId, SpeakerId = kept.Id, Role = l.Role, SpellingUsed = l.SpellingUsed, Capacity = l.Capacity, Position = l.Position,
        }));
        db.SpeakerMerges.Add(record);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            // Aliases first, so the merged speaker has none left when it is removed.
            await db.SaveChangesAsync(ct);
            db.Speakers.Remove(merged);
            audit.Add(user, "merge speakers", target, AuditOutcome.Succeeded, $"{links.Count} documents and {movedAliases.Count} spellings moved");
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || StoreErrors.IsUniqueViolation(ex))
        {
            // The same merge posted twice at once (a double click): the first one moved the rows this one expected. SQLite
            // finds the rows gone; PostgreSQL may first meet the link the other merge already added.
            await transaction.RollbackAsync(ct);
            const string raced = "These two people were merged or changed by someone else a moment ago; nothing more was changed. Look at the list again.";
            await audit.RecordAsync(user, "merge speakers", target, AuditOutcome.Conflict, raced, ct);
            return CurationResult.Refused(raced);
        }
        logger.LogInformation("{User} merged speaker {Merged} into {Kept}", user, mergedSlug, keptSlug);
        return CurationResult.Done($"{merged.Name} merged into {kept.Name}; every spelling is kept as an alias.", record.Id);
    }

    public async Task<CurationResult> UndoAsync(int mergeId, string user, CancellationToken ct)
    {
        var record = await db.SpeakerMerges.FirstOrDefaultAsync(m => m.Id == mergeId, ct);
        var target = record is null ? $"merge {mergeId}" : $"{record.MergedSlug} out of speaker {record.KeptSpeakerId}";
        if (record is null || record.UndoneAt is not null)
        {
            var problem = record is null ? "There is no such merge." : "This merge was already undone.";
            await audit.RecordAsync(user, "undo merge", target, AuditOutcome.Refused, problem, ct);
            return CurationResult.Refused(problem);
        }
        var later = await db.SpeakerMerges.Where(m => m.Id > record.Id && m.UndoneAt == null && m.KeptSpeakerId == record.KeptSpeakerId)
            .Select(m => m.MovedAliases).ToListAsync(ct);
        if (later.Any(json => AliasRecord.Read(json).Repointed.Contains(record.Id)))
        {
            // The kept person was merged into someone else since: undoing this one first would name a person twice on a document.
            const string problem = "The person this one was merged into has been merged again since; undo the later merge first.";
            await audit.RecordAsync(user, "undo merge", target, AuditOutcome.Refused, problem, ct);
            return CurationResult.Refused(problem);
        }
        var aliasRecord = AliasRecord.Read(record.MovedAliases);
        var aliasIds = aliasRecord.Moved;
        var moved = JsonSerializer.Deserialize<List<MovedLink>>(record.MovedLinks) ?? [];
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Claim the merge first, as the transaction's first write: an undo posted twice at once restores the person once.
        var now = clock.GetUtcNow();
        var claimed = await db.SpeakerMerges.Where(m => m.Id == record.Id && m.UndoneAt == null)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.UndoneAt, now).SetProperty(x => x.UndoneBy, user), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            const string already = "This merge was already undone.";
            await audit.RecordAsync(user, "undo merge", target, AuditOutcome.Refused, already, ct);
            return CurationResult.Refused(already);
        }
        var slugFree = !await db.Speakers.AnyAsync(s => s.Slug == record.MergedSlug, ct);
        var restored = new Speaker { Name = record.MergedName, Slug = slugFree ? record.MergedSlug : await directory.FreeSlugAsync(record.MergedName, ct) };
        db.Speakers.Add(restored);
        await db.SaveChangesAsync(ct);
        var aliases = await db.SpeakerAliases.Where(a => aliasIds.Contains(a.Id) && a.SpeakerId == record.KeptSpeakerId).ToListAsync(ct);
        foreach (var merge in await db.SpeakerMerges.Where(m => aliasRecord.Repointed.Contains(m.Id)).ToListAsync(ct))
            merge.KeptSpeakerId = restored.Id;
        foreach (var alias in aliases)
            alias.SpeakerId = restored.Id;
        // A spelling both people had stayed with the kept one at the merge; the restored person gets it back too.
        foreach (var shared in aliasRecord.Shared)
            db.SpeakerAliases.Add(new SpeakerAlias { SpeakerId = restored.Id, Spelling = shared.Spelling, MatchKey = shared.MatchKey, SurnameKey = shared.SurnameKey });
        if (aliases.Count == 0 && aliasRecord.Shared.Count == 0)
        {
            var key = Import.PersonName.MatchKey(restored.Name);
            db.SpeakerAliases.Add(new SpeakerAlias { SpeakerId = restored.Id, Spelling = restored.Name, MatchKey = key, SurnameKey = SpeakerDirectory.SurnameOf(key) });
        }
        var documentIds = moved.Select(m => m.DocumentId).ToList();
        var current = await db.DocumentSpeakers.IgnoreQueryFilters()
            .Where(l => l.SpeakerId == record.KeptSpeakerId && documentIds.Contains(l.DocumentId)).ToListAsync(ct);
        // Links that the merge moved go back; links the kept speaker already had stay with it.
        db.DocumentSpeakers.RemoveRange(current.Where(l => moved.Any(m => m.DocumentId == l.DocumentId && !m.Folded)));
        db.DocumentSpeakers.AddRange(moved.Select(m => new DocumentSpeaker
        {
            DocumentId = m.DocumentId, SpeakerId = restored.Id, Role = m.Role, SpellingUsed = m.SpellingUsed, Capacity = m.Capacity, Position = m.Position,
        }));
        record.UndoneAt = now;
        record.UndoneBy = user;
        audit.Add(user, "undo merge", target, AuditOutcome.Succeeded, $"{moved.Count} documents and {aliases.Count} aliases moved back");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("{User} undid the merge of {Merged}", user, record.MergedSlug);
        return CurationResult.Done($"{record.MergedName} is a separate person again.", record.Id);
    }

    /// <summary>What a merge did to the merged person's spellings: aliases moved (by id), and spellings dropped because the kept person had them.</summary>
    /// <param name="Repointed">Earlier merges into the merged person, moved to the kept one by this merge.</param>
    private sealed record AliasRecord(List<int> Moved, List<SharedSpelling> Shared, List<int> Repointed)
    {
        // Merges recorded before shared spellings were kept hold a bare list of moved ids.
        public static AliasRecord Read(string json) => json.TrimStart().StartsWith('[')
            ? new AliasRecord(JsonSerializer.Deserialize<List<int>>(json) ?? [], [], [])
            : JsonSerializer.Deserialize<AliasRecord>(json) ?? new AliasRecord([], [], []);
    }

    private sealed record SharedSpelling(string Spelling, string MatchKey, string SurnameKey);

    private sealed record MovedLink(int DocumentId, string? Role, string SpellingUsed, SpeakerCapacity Capacity, int Position, bool Folded);
}
