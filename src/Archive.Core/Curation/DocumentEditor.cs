using Archive.Core.Audit;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Curation;

/// <summary>
/// Corrections to a document, each saved as a new revision and audited: edit, restore an earlier revision, withdraw and
/// reinstate. Every save names the version it started from and is refused as a conflict when another save came first.
/// </summary>
/// <remarks>
/// Imported documents get revision 1 ("imported") lazily, at their first correction: it records the document as the
/// importer stored it, so the first edit already has something to be compared with and restored to.
/// </remarks>
public sealed class DocumentEditor(ArchiveDb db, SpeakerDirectory speakers, AuditLog audit, TimeProvider clock, ILogger<DocumentEditor> logger)
{
    public const int MaxTitle = 500;
    public const int MaxField = 500;
    public const int MaxComment = 500;
    public const int MaxReason = 500;

    /// <summary>The document by its key, withdrawn or not, with what a snapshot needs; tracked, so it can be changed.</summary>
    public Task<Document?> FindAsync(string key, CancellationToken ct) =>
        db.Documents.IgnoreQueryFilters().AsSplitQuery()
            .Include(d => d.Speakers)
            .Include(d => d.Organs).ThenInclude(o => o.Organ)
            .Include(d => d.AgendaItems).ThenInclude(a => a.AgendaItem).ThenInclude(i => i.Organ)
            .FirstOrDefaultAsync(d => d.Key == key, ct);

    public Task<List<Revision>> RevisionsAsync(int documentId, CancellationToken ct) =>
        db.Revisions.AsNoTracking().Where(r => r.DocumentId == documentId).OrderByDescending(r => r.Number).ToListAsync(ct);

    /// <summary>Problems that make a proposed state unsavable, as (field, message); empty when it can be saved.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> ValidateAsync(DocumentSnapshot proposed, CancellationToken ct)
    {
        var problems = new List<(string, string)>();
        if (proposed.Body.Length == 0)
            problems.Add(("Body", "The text cannot be empty. To take a document out of the archive, withdraw it."));
        if (proposed.Title?.Length > MaxTitle)
            problems.Add(("Title", $"The title is longer than {MaxTitle} characters."));
        foreach (var (value, field) in new[] { (proposed.Event, "Event"), (proposed.Author, "Author"), (proposed.Country, "Country"),
                     (proposed.Addressee, "Addressee"), (proposed.Place, "Place"), (proposed.ReferenceNumber, "ReferenceNumber"),
                     (proposed.Symbol, "Symbol"), (proposed.Language, "Language"), (proposed.Source, "Source") })
        {
            if (value?.Length > MaxField)
                problems.Add((field, $"This field is longer than {MaxField} characters."));
        }
        if (!Enum.IsDefined(proposed.Kind))
            problems.Add(("Kind", "Choose a kind of document from the list."));
        foreach (var (speaker, i) in proposed.Speakers.Select((s, i) => (s, i)))
        {
            if (PersonName.MatchKey(speaker.Name).Length == 0 || !speaker.Name.Any(char.IsLetter))
                problems.Add(($"Speakers[{i}].Name", $"\"{speaker.Name}\" is not a name: it needs letters."));
            else if (speaker.Name.Length > 200 || speaker.Role?.Length > MaxField)
                problems.Add(($"Speakers[{i}].Name", "The name or role is too long."));
            if (!Enum.IsDefined(speaker.Capacity))
                problems.Add(($"Speakers[{i}].Capacity", "Choose speaker or signatory from the list."));
        }
        if (proposed.Speakers.Select(s => PersonName.MatchKey(s.Name)).Distinct().Count() < proposed.Speakers.Count)
            problems.Add(("Speakers", "The same person is listed twice."));
        var organs = await db.Organs.Select(o => o.Name).ToListAsync(ct);
        foreach (var (organ, i) in (proposed.Organs ?? []).Select((o, i) => (o, i)))
        {
            if (!organs.Contains(organ.Name))
                problems.Add(($"Organs[{i}].Name", $"\"{organ.Name}\" is not an organ in the archive; choose one from the list."));
            if (organ.Session is < 1 or > 10_000)
                problems.Add(($"Organs[{i}].Session", "Session numbers run from 1 to 10000."));
        }
        foreach (var (item, i) in proposed.AgendaItems.Select((a, i) => (a, i)))
        {
            if (!organs.Contains(item.Organ))
                problems.Add(($"AgendaItems[{i}].Organ", $"\"{item.Organ}\" is not an organ in the archive; choose one from the list."));
            if (item.Number is < 1 or > 10_000 || item.Session is < 1 or > 10_000)
                problems.Add(($"AgendaItems[{i}].Number", "Item and session numbers run from 1 to 10000."));
            if (item.SubItem.Length > 8 || item.Title?.Length > MaxField)
                problems.Add(($"AgendaItems[{i}].Title", "The sub-item or title is too long."));
        }
        if (proposed.AgendaItems.Select(a => a.Key).Distinct().Count() < proposed.AgendaItems.Count)
            problems.Add(("AgendaItems", "The same agenda item is listed twice."));
        return problems;
    }

    /// <summary>Saves <paramref name="proposed"/> as a new revision if the document is still at <paramref name="baseVersion"/>.</summary>
    public Task<EditResult> SaveAsync(string key, int baseVersion, DocumentSnapshot proposed, string comment, string user, CancellationToken ct) =>
        SaveAsync(key, baseVersion, proposed.Normalised(), comment, user, "edit", ct);

    /// <summary>Brings back revision <paramref name="number"/>'s fields and text as a new revision; nothing is rewritten.</summary>
    public async Task<EditResult> RestoreAsync(string key, int number, int baseVersion, string user, CancellationToken ct)
    {
        var document = await FindAsync(key, ct);
        if (document is null)
            return new EditResult(EditStatus.NotFound, "There is no document with this key.");
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.DocumentId == document.Id && r.Number == number, ct);
        if (revision is null)
            return new EditResult(EditStatus.NotFound, $"This document has no revision {number}.");
        var snapshot = DocumentSnapshot.FromJson(revision.Snapshot);
        return await SaveAsync(key, baseVersion, snapshot.Normalised(), $"Restored revision {number}", user, "restore", ct);
    }

    private async Task<EditResult> SaveAsync(string key, int baseVersion, DocumentSnapshot proposed, string comment, string user, string action, CancellationToken ct)
    {
        var document = await FindAsync(key, ct);
        if (document is null)
            return new EditResult(EditStatus.NotFound, "There is no document with this key.");
        if (document.Version != baseVersion)
            return await ConflictAsync(document, baseVersion, user, action, ct);
        if ((await ValidateAsync(proposed, ct)) is { Count: > 0 } problems)
        {
            await audit.RecordAsync(user, action, document.Slug, AuditOutcome.Refused, string.Join(" ", problems.Select(p => p.Message)), ct);
            return new EditResult(EditStatus.Invalid, string.Join(" ", problems.Select(p => p.Message)), document.Slug, document.Version);
        }
        if (comment.Length > MaxComment)
            return new EditResult(EditStatus.Invalid, $"The comment is longer than {MaxComment} characters.", document.Slug, document.Version);

        var current = DocumentSnapshot.Of(document);
        var diff = DocumentDiff.Between(current, proposed);
        if (diff.IsEmpty)
            return new EditResult(EditStatus.Unchanged, "Nothing was changed, so no revision was saved.", document.Slug, document.Version);

        var numbers = await db.Revisions.Where(r => r.DocumentId == document.Id).Select(r => (int?)r.Number).MaxAsync(ct) ?? 0;
        if (numbers == 0)
        {
            db.Revisions.Add(new Revision
            {
                DocumentId = document.Id, Number = 1, Version = document.Version, User = "importer", At = document.ImportedAt,
                Comment = $"Imported ({document.ImportedVia})", Summary = "imported", Snapshot = current.ToJson(),
            });
            numbers = 1;
        }

        var saved = await ApplyAsync(document, proposed, ct);
        document.Version++;
        db.Revisions.Add(new Revision
        {
            DocumentId = document.Id, Number = numbers + 1, Version = document.Version, User = user, At = clock.GetUtcNow(),
            Comment = comment.Length == 0 ? (action == "edit" ? "Corrected" : comment) : comment,
            Summary = Cap(diff.Summary, 1000), Snapshot = saved.ToJson(),
        });
        audit.Add(user, action, document.Slug, AuditOutcome.Succeeded, $"Revision {numbers + 1}: {diff.Summary}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            // Another save passed the version check at the same moment; the store kept only the first.
            db.ChangeTracker.Clear();
            var fresh = await FindAsync(key, ct);
            return fresh is null ? new EditResult(EditStatus.NotFound, "There is no document with this key.")
                : await ConflictAsync(fresh, baseVersion, user, action, ct);
        }
        logger.LogInformation("{User} saved revision {Number} of {Slug}: {Summary}", user, numbers + 1, document.Slug, diff.Summary);
        return new EditResult(EditStatus.Saved, $"Saved as revision {numbers + 1}.", document.Slug, document.Version);
    }

    private async Task<EditResult> ConflictAsync(Document document, int baseVersion, string user, string action, CancellationToken ct)
    {
        var revisions = await RevisionsAsync(document.Id, ct);
        var basis = revisions.FirstOrDefault(r => r.Version == baseVersion);
        var latest = revisions.FirstOrDefault();
        var theirs = basis is null ? null : DocumentDiff.Between(DocumentSnapshot.FromJson(basis.Snapshot), DocumentSnapshot.Of(document));
        var who = latest?.User ?? "another archivist";
        await audit.RecordAsync(user, action, document.Slug, AuditOutcome.Conflict, $"Started from version {baseVersion}; the document is at version {document.Version}", ct);
        logger.LogWarning("{User} tried to save {Slug} from version {BaseVersion}, but it is at {Version}", user, document.Slug, baseVersion, document.Version);
        return new EditResult(EditStatus.Conflict,
            $"{who} saved this document after you opened it. Nothing of yours was saved: their changes are shown below; reapply yours to the current version.",
            document.Slug, document.Version, theirs, who);
    }

    /// <summary>Writes the snapshot into the tracked document; returns it with each speaker's resolved id.</summary>
    private async Task<DocumentSnapshot> ApplyAsync(Document document, DocumentSnapshot s, CancellationToken ct)
    {
        document.Kind = s.Kind;
        document.Title = s.Title;
        document.DeliveredOn = s.DeliveredOn;
        document.WrittenOn = s.WrittenOn;
        document.DistributedOn = s.DistributedOn;
        document.PublishedOn = s.PublishedOn;
        document.Date = s.Date;
        document.Event = s.Event;
        document.Author = s.Author;
        document.Country = s.Country;
        document.Addressee = s.Addressee;
        document.Place = s.Place;
        document.ReferenceNumber = s.ReferenceNumber;
        document.Symbol = s.Symbol;
        document.Language = s.Language;
        document.Source = s.Source;
        document.Body = s.Body;

        var resolved = new List<SpeakerEntry>();
        var links = new List<DocumentSpeaker>();
        foreach (var (entry, position) in s.Speakers.Select((e, i) => (e, i)))
        {
            var speaker = await speakers.ResolveAsync(entry, ct);
            if (links.Any(l => l.Speaker == speaker))
                continue;
            var link = document.Speakers.FirstOrDefault(l => speaker.Id != 0 && l.SpeakerId == speaker.Id);
            if (link is null)
            {
                link = new DocumentSpeaker { Speaker = speaker, SpellingUsed = entry.Name };
                document.Speakers.Add(link);
            }
            link.SpellingUsed = entry.Name;
            link.Role = entry.Role;
            link.Capacity = entry.Capacity;
            link.Position = position;
            links.Add(link);
            resolved.Add(entry with { SpeakerId = speaker.Id == 0 ? null : speaker.Id });
        }
        document.Speakers.RemoveAll(l => !links.Contains(l));

        if (s.Organs is not null)
        {
            var kept = new List<DocumentOrgan>();
            foreach (var (entry, position) in s.Organs.Select((e, i) => (e, i)))
            {
                var organ = await db.Organs.FirstAsync(o => o.Name == entry.Name, ct);
                var link = document.Organs.FirstOrDefault(l => l.OrganId == organ.Id);
                if (link is null)
                {
                    link = new DocumentOrgan { Organ = organ };
                    document.Organs.Add(link);
                }
                link.Session = entry.Session;
                link.Position = position;
                kept.Add(link);
            }
            document.Organs.RemoveAll(l => !kept.Contains(l));
        }

        var items = new List<DocumentAgendaItem>();
        foreach (var (entry, position) in s.AgendaItems.Select((e, i) => (e, i)))
        {
            var item = await FindOrAddAgendaItemAsync(entry, ct);
            var link = document.AgendaItems.FirstOrDefault(l => item.Id != 0 && l.AgendaItemId == item.Id);
            if (link is null)
            {
                link = new DocumentAgendaItem { AgendaItem = item };
                document.AgendaItems.Add(link);
            }
            link.Position = position;
            items.Add(link);
        }
        document.AgendaItems.RemoveAll(l => !items.Contains(l));

        document.Slug = Slug(document, s);
        return s with
        {
            Speakers = resolved,
            Organs = s.Organs ?? [.. document.Organs.OrderBy(o => o.Position).Select(o => new OrganEntry(o.Organ.Name, o.Session))],
        };
    }

    private async Task<AgendaItem> FindOrAddAgendaItemAsync(AgendaEntry entry, CancellationToken ct)
    {
        var organ = await db.Organs.FirstAsync(o => o.Name == entry.Organ, ct);
        var item = await db.AgendaItems.Include(i => i.Organ).FirstOrDefaultAsync(i => i.OrganId == organ.Id && i.Session == entry.Session
            && i.Number == entry.Number && i.SubItem == entry.SubItem, ct);
        if (item is null)
        {
            item = new AgendaItem { Organ = organ, Session = entry.Session, Number = entry.Number, SubItem = entry.SubItem, Title = entry.Title };
            db.AgendaItems.Add(item);
        }
        return item;
    }

    /// <summary>The permalink's words follow the corrected date, kind and speaker; the key stays, so old links redirect.</summary>
    private static string Slug(Document document, DocumentSnapshot s) => DocumentLoader.DocumentSlug(new ParsedDocument
    {
        Kind = s.Kind, DistributedOn = s.DistributedOn, DeliveredOn = s.DeliveredOn, WrittenOn = s.WrittenOn, PublishedOn = s.PublishedOn,
        Country = s.Country, Author = s.Author,
        Speakers = [.. s.Speakers.Select(e => new ParsedSpeaker(e.Name, e.Role, e.Capacity))],
    }, document.Key);

    /// <summary>
    /// Makes a draft public, from its review page: a new revision ("published") records who did it and when, and
    /// publishing counts as reviewing it.
    /// </summary>
    public Task<EditResult> PublishAsync(string key, int baseVersion, string user, CancellationToken ct) =>
        MarkAsync(key, baseVersion, user, "publish", ct);

    /// <summary>Takes a public document out of the review queue: an archivist has checked what the importer read.</summary>
    public Task<EditResult> MarkReviewedAsync(string key, int baseVersion, string user, CancellationToken ct) =>
        MarkAsync(key, baseVersion, user, "review", ct);

    private async Task<EditResult> MarkAsync(string key, int baseVersion, string user, string action, CancellationToken ct)
    {
        var document = await FindAsync(key, ct);
        if (document is null)
            return new EditResult(EditStatus.NotFound, "There is no document with this key.");
        if (document.Version != baseVersion)
            return await ConflictAsync(document, baseVersion, user, action, ct);
        var problem = action == "publish"
            ? (document.IsDraft ? null : "This document is already public.")
            : (document.IsDraft ? "This document is a draft: publish it instead." : document.ReviewedAt is not null ? "This document was already reviewed." : null);
        if (problem is not null)
        {
            await audit.RecordAsync(user, action, document.Slug, AuditOutcome.Refused, problem, ct);
            return new EditResult(EditStatus.Invalid, problem, document.Slug, document.Version);
        }

        var current = DocumentSnapshot.Of(document);
        var numbers = await db.Revisions.Where(r => r.DocumentId == document.Id).Select(r => (int?)r.Number).MaxAsync(ct) ?? 0;
        if (numbers == 0)
        {
            db.Revisions.Add(new Revision
            {
                DocumentId = document.Id, Number = 1, Version = document.Version, User = "importer", At = document.ImportedAt,
                Comment = $"Imported ({document.ImportedVia})", Summary = "imported", Snapshot = current.ToJson(),
            });
            numbers = 1;
        }
        var now = clock.GetUtcNow();
        document.IsDraft = false;
        document.ReviewedAt = now;
        document.ReviewedBy = user;
        document.Version++;
        var summary = action == "publish" ? "published" : "reviewed";
        db.Revisions.Add(new Revision
        {
            DocumentId = document.Id, Number = numbers + 1, Version = document.Version, User = user, At = now,
            Comment = action == "publish" ? "Reviewed and published" : "Reviewed: the importer's reading checked",
            Summary = summary, Snapshot = current.ToJson(),
        });
        audit.Add(user, action, document.Slug, AuditOutcome.Succeeded, $"Revision {numbers + 1}: {summary}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex is DbUpdateConcurrencyException || IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
            var fresh = await FindAsync(key, ct);
            return fresh is null ? new EditResult(EditStatus.NotFound, "There is no document with this key.")
                : await ConflictAsync(fresh, baseVersion, user, action, ct);
        }
        logger.LogInformation("{User} {Action} {Slug} (revision {Number})", user, summary, document.Slug, numbers + 1);
        return new EditResult(EditStatus.Saved, action == "publish" ? "Published: the document is now public." : "Marked as reviewed.",
            document.Slug, document.Version);
    }

    /// <summary>Takes the document off every public page, search and feed; it stays stored and archivists still see it.</summary>
    public async Task<EditResult> WithdrawAsync(string key, string reason, string user, CancellationToken ct)
    {
        var document = await db.Documents.IgnoreQueryFilters().FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
            return new EditResult(EditStatus.NotFound, "There is no document with this key.");
        reason = reason.Trim();
        var problem = document.IsWithdrawn ? "This document is already withdrawn."
            : reason.Length == 0 ? "Give a reason: the document's permalink will show it to readers."
            : reason.Length > MaxReason ? $"The reason is longer than {MaxReason} characters." : null;
        if (problem is not null)
        {
            await audit.RecordAsync(user, "withdraw", document.Slug, AuditOutcome.Refused, problem, ct);
            return new EditResult(EditStatus.Invalid, problem, document.Slug, document.Version);
        }
        document.WithdrawnAt = clock.GetUtcNow();
        document.WithdrawalReason = reason;
        audit.Add(user, "withdraw", document.Slug, AuditOutcome.Succeeded, reason);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} withdrew {Slug}: {Reason}", user, document.Slug, reason);
        return new EditResult(EditStatus.Saved, "Withdrawn. Readers following its permalink are told why.", document.Slug, document.Version);
    }

    public async Task<EditResult> ReinstateAsync(string key, string user, CancellationToken ct)
    {
        var document = await db.Documents.IgnoreQueryFilters().FirstOrDefaultAsync(d => d.Key == key, ct);
        if (document is null)
            return new EditResult(EditStatus.NotFound, "There is no document with this key.");
        if (!document.IsWithdrawn)
        {
            await audit.RecordAsync(user, "reinstate", document.Slug, AuditOutcome.Refused, "Not withdrawn", ct);
            return new EditResult(EditStatus.Invalid, "This document is not withdrawn.", document.Slug, document.Version);
        }
        document.WithdrawnAt = null;
        document.WithdrawalReason = null;
        audit.Add(user, "reinstate", document.Slug, AuditOutcome.Succeeded);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("{User} reinstated {Slug}", user, document.Slug);
        return new EditResult(EditStatus.Saved, "Reinstated: the document is public again.", document.Slug, document.Version);
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => StoreErrors.IsUniqueViolation(ex);

    private static string Cap(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
