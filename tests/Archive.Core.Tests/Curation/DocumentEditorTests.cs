using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Curation;

public class DocumentEditorTests
{
    [Fact]
    public async Task Save_keeps_the_imported_state_as_revision_1_and_the_edit_as_revision_2()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var (key, version) = await FirstAsync(archive);
        await using var db = archive.OpenDb();
        var editor = Editor(db);
        var proposed = DocumentSnapshot.Of((await editor.FindAsync(key, default))!) with { Title = "Corrected title" };

        var result = await editor.SaveAsync(key, version, proposed, "typo", "ann@example.org", default);

        Assert.Equal(EditStatus.Saved, result.Status);
        await using var read = archive.OpenDb();
        var revisions = await read.Revisions.OrderBy(r => r.Number).ToListAsync();
        Assert.Equal(["importer", "ann@example.org"], revisions.Select(r => r.User));
        Assert.Equal("title", revisions[1].Summary);
        Assert.NotEqual("Corrected title", DocumentSnapshot.FromJson(revisions[0].Snapshot).Title);
        Assert.Equal(1, await read.AuditEntries.CountAsync(e => e.Action == "edit" && e.Outcome == AuditOutcome.Succeeded));
    }

    [Fact]
    public async Task Save_from_an_older_version_is_a_conflict_that_shows_the_other_change_and_writes_nothing()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var (key, version) = await FirstAsync(archive);
        await using (var db = archive.OpenDb())
        {
            var editor = Editor(db);
            var first = DocumentSnapshot.Of((await editor.FindAsync(key, default))!) with { Place = "First place" };
            Assert.Equal(EditStatus.Saved, (await editor.SaveAsync(key, version, first, "", "ann", default)).Status);
        }
        var before = await archive.CountsAsync();
        int revisionsBefore;
        await using (var db = archive.OpenDb())
            revisionsBefore = await db.Revisions.CountAsync();

        await using var second = archive.OpenDb();
        var stale = DocumentSnapshot.Of((await Editor(second).FindAsync(key, default))!) with { Place = "Second place" };
        var result = await Editor(second).SaveAsync(key, version, stale, "", "bob", default);

        Assert.Equal(EditStatus.Conflict, result.Status);
        Assert.Equal("First place", result.TheirChanges!.Fields.Single(f => f.Label == "Place").After);
        Assert.Equal(before, await archive.CountsAsync());
        await using var read = archive.OpenDb();
        Assert.Equal(revisionsBefore, await read.Revisions.CountAsync());
        Assert.Equal("First place", await read.Documents.Where(d => d.Key == key).Select(d => d.Place).SingleAsync());
    }

    [Fact]
    public async Task Speaker_merge_keeps_both_spellings_and_undo_restores_the_person_with_their_documents()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        string kept, merged;
        await using (var db = archive.OpenDb())
        {
            var slugs = await db.Speakers.OrderBy(s => s.Id).Select(s => s.Slug).Take(2).ToListAsync();
            (kept, merged) = (slugs[0], slugs[1]);
        }
        var before = await archive.CountsAsync();

        int id;
        await using (var db = archive.OpenDb())
        {
            var result = await Merger(db).MergeAsync(kept, merged, "ann", default);
            Assert.True(result.Succeeded, result.Message);
            id = result.Id!.Value;
        }
        await using (var db = archive.OpenDb())
        {
            Assert.False(await db.Speakers.AnyAsync(s => s.Slug == merged));
            Assert.True(await db.SpeakerAliases.CountAsync(a => a.SpeakerId == db.Speakers.Single(s => s.Slug == kept).Id) >= 2);
            Assert.True((await Merger(db).UndoAsync(id, "ann", default)).Succeeded);
        }

        Assert.Equal(before, await archive.CountsAsync());
        await using var read = archive.OpenDb();
        Assert.True(await read.DocumentSpeakers.AnyAsync(l => l.Speaker.Slug == merged));
    }

    [Theory]
    [InlineData("12345", SpeakerCapacity.Speaker)]
    [InlineData("Ann Example", (SpeakerCapacity)999)]
    public async Task Save_of_a_speaker_without_letters_or_with_an_unknown_capacity_is_refused_and_writes_nothing(string name, SpeakerCapacity capacity)
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        var (key, version) = await FirstAsync(archive);
        await using var db = archive.OpenDb();
        var editor = Editor(db);
        var proposed = DocumentSnapshot.Of((await editor.FindAsync(key, default))!) with { Speakers = [new SpeakerEntry(name, null, capacity)] };

        var result = await editor.SaveAsync(key, version, proposed, "", "ann", default);

        Assert.Equal(EditStatus.Invalid, result.Status);
        await using var read = archive.OpenDb();
        Assert.Equal(version, await read.Documents.Where(d => d.Key == key).Select(d => d.Version).SingleAsync());
        Assert.False(await read.Revisions.AnyAsync());
    }

    [Theory]
    [InlineData("a\nb\nc", "a\nB\nc", "Same:a Removed:b Added:B Same:c")]
    [InlineData("a", "a\nb", "Same:a Added:b")]
    [InlineData("", "x", "Added:x")]
    public void Text_diff_marks_removed_and_added_lines(string before, string after, string expected)
    {
        var lines = TextDiff.Lines(before, after);

        Assert.Equal(expected, string.Join(' ', lines.Select(l => $"{l.Kind}:{l.Text}")));
    }

    private static DocumentEditor Editor(ArchiveDb db) =>
        new(db, new SpeakerDirectory(db), new AuditLog(db, TimeProvider.System, NullLogger<AuditLog>.Instance), TimeProvider.System, NullLogger<DocumentEditor>.Instance);

    private static SpeakerMerger Merger(ArchiveDb db) =>
        new(db, new SpeakerDirectory(db), new AuditLog(db, TimeProvider.System, NullLogger<AuditLog>.Instance), TimeProvider.System, NullLogger<SpeakerMerger>.Instance);

    private static async Task<(string Key, int Version)> FirstAsync(TempArchive archive)
    {
        await using var db = archive.OpenDb();
        var d = await db.Documents.OrderBy(x => x.Id).Select(x => new { x.Key, x.Version }).FirstAsync();
        return (d.Key, d.Version);
    }
}
