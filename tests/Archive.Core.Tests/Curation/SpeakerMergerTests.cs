using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Curation;

/// <summary>Merging two records of one person and undoing it: the undo must give back exactly what was there.</summary>
public class SpeakerMergerTests
{
    [Fact]
    public async Task Undo_of_a_merge_restores_every_spelling_and_document_link_exactly_even_a_spelling_both_had()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var (kept, merged) = await TwoSpeakersAsync(archive);
        await using (var db = archive.OpenDb())
        {
            // The merged person also has a spelling the kept one has (an archivist picked them for it once), and a
            // document names both of them, so the merge folds that link into the kept person's.
            var k = await db.Speakers.Include(s => s.Aliases).SingleAsync(s => s.Slug == kept);
            var m = await db.Speakers.Include(s => s.Aliases).SingleAsync(s => s.Slug == merged);
            var shared = k.Aliases[0];
            m.Aliases.Add(new SpeakerAlias { Spelling = shared.Spelling, MatchKey = shared.MatchKey, SurnameKey = shared.SurnameKey });
            var keptDocument = await db.DocumentSpeakers.Where(l => l.SpeakerId == k.Id).Select(l => l.DocumentId).FirstAsync();
            db.DocumentSpeakers.Add(new DocumentSpeaker { DocumentId = keptDocument, SpeakerId = m.Id, SpellingUsed = m.Name, Role = "Minister", Capacity = SpeakerCapacity.Signatory, Position = 5 });
            await db.SaveChangesAsync();
        }
        var before = await StateAsync(archive);

        int id;
        await using (var db = archive.OpenDb())
        {
            var result = await Merger(db).MergeAsync(kept, merged, "ann", default);
            Assert.True(result.Succeeded, result.Message);
            id = result.Id!.Value;
        }
        Assert.NotEqual(before, await StateAsync(archive));
        await using (var db = archive.OpenDb())
            Assert.True((await Merger(db).UndoAsync(id, "ann", default)).Succeeded);

        Assert.Equal(before, await StateAsync(archive));
    }

    [Fact]
    public async Task Merge_of_a_person_who_kept_an_earlier_merge_undoes_in_reverse_order_back_to_the_start()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        string first, second, third = "third-person";
        await using (var db = archive.OpenDb())
        {
            var slugs = await db.Speakers.OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToListAsync();
            (first, second) = (slugs[0], slugs[1]);
            db.Speakers.Add(new Speaker { Name = "Third Person", Slug = third, Aliases = [new SpeakerAlias { Spelling = "Third Person", MatchKey = "third person", SurnameKey = "person" }] });
            await db.SaveChangesAsync();
        }
        var start = await StateAsync(archive);
        int earlier, later;
        await using (var db = archive.OpenDb())
        {
            earlier = (await Merger(db).MergeAsync(second, first, "ann", default)).Id!.Value;
            var again = await Merger(db).MergeAsync(third, second, "ann", default);
            Assert.True(again.Succeeded, again.Message);
            later = again.Id!.Value;
        }
        var before = await StateAsync(archive);

        CurationResult undo;
        await using (var db = archive.OpenDb())
            undo = await Merger(db).UndoAsync(earlier, "ann", default);

        Assert.False(undo.Succeeded);
        Assert.Contains("undo the later merge", undo.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await StateAsync(archive));
        await using (var db = archive.OpenDb())
        {
            Assert.True((await Merger(db).UndoAsync(later, "ann", default)).Succeeded);
            var undone = await Merger(db).UndoAsync(earlier, "ann", default);
            Assert.True(undone.Succeeded, undone.Message);
        }
        Assert.Equal(start, await StateAsync(archive));
    }

    [Fact]
    public async Task Merge_and_undo_posted_twice_at_once_each_happen_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var (kept, merged) = await TwoSpeakersAsync(archive);
        var start = await StateAsync(archive);

        var merges = await RaceAsync(archive, db => Merger(db).MergeAsync(kept, merged, "ann", default));
        Assert.Single(merges, m => m.Succeeded);
        var id = merges.Single(m => m.Succeeded).Id!.Value;
        var undos = await RaceAsync(archive, db => Merger(db).UndoAsync(id, "ann", default));

        Assert.Single(undos, u => u.Succeeded);
        Assert.Equal(start, await StateAsync(archive));
    }

    /// <summary>
    /// Two requests that both read before either writes: the first is held as it starts its transaction while the second runs to
    /// the end, then let go, as a double click on a busy server would have it.
    /// </summary>
    private static async Task<CurationResult[]> RaceAsync(TempArchive archive, Func<ArchiveDb, Task<CurationResult>> action)
    {
        var pause = new PauseAtFirstWrite();
        var held = Task.Run(async () =>
        {
            await using var db = archive.OpenDb(pause);
            return await action(db);
        });
        await Task.WhenAny(pause.Reached.Task, held);
        CurationResult second;
        await using (var db = archive.OpenDb())
            second = await action(db);
        pause.Release.SetResult();
        return [await held, second];
    }

    /// <summary>Holds the first transaction's start (SQLite's BEGIN IMMEDIATE takes the write lock) until released.</summary>
    private sealed class PauseAtFirstWrite : DbTransactionInterceptor
    {
        private int _paused;

        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection,
            TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Exchange(ref _paused, 1) == 0)
            {
                Reached.SetResult();
                await Release.Task;
            }
            return result;
        }
    }

    /// <summary>Every person with their spellings, and every document's speaker links with all their fields.</summary>
    private static async Task<string> StateAsync(TempArchive archive)
    {
        await using var db = archive.OpenDb();
        var people = await db.Speakers.OrderBy(s => s.Slug)
            .Select(s => s.Slug + "=" + s.Name + ":" + string.Join("|", s.Aliases.OrderBy(a => a.Spelling).Select(a => a.Spelling + "/" + a.MatchKey + "/" + a.SurnameKey)))
            .ToListAsync();
        var links = (await db.DocumentSpeakers.IgnoreQueryFilters()
            .Select(l => new { l.DocumentId, l.Speaker.Slug, l.SpellingUsed, l.Role, l.Capacity, l.Position }).ToListAsync())
            .OrderBy(l => l.DocumentId).ThenBy(l => l.Slug, StringComparer.Ordinal)
            .Select(l => $"{l.DocumentId}:{l.Slug}:{l.SpellingUsed}:{l.Role}:{l.Capacity}:{l.Position}");
        return string.Join("\n", people) + "\n--\n" + string.Join("\n", links);
    }

    private static async Task<(string Kept, string Merged)> TwoSpeakersAsync(TempArchive archive)
    {
        await using var db = archive.OpenDb();
        var slugs = await db.Speakers.Where(s => s.Documents.Any()).OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToListAsync();
        return (slugs[0], slugs[1]);
    }

    private static SpeakerMerger Merger(ArchiveDb db) =>
        new(db, new SpeakerDirectory(db), new AuditLog(db, TimeProvider.System, NullLogger<AuditLog>.Instance), TimeProvider.System, NullLogger<SpeakerMerger>.Instance);
}
