using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>
/// The index follows every curation action as the archivists' own services perform it (editor, speaker merger, agenda item
/// editor), passes FTS5's integrity check after each, and the rebuild command gives the same index back.
/// </summary>
public class SearchIndexCurationTests
{
    [Fact]
    public async Task Edit_through_the_editor_changes_body_speaker_and_agenda_in_search_at_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
        {
            var editor = Editor(db);
            var key = await db.Documents.Where(d => d.Kind == DocumentKind.NoteVerbale).Select(d => d.Key).SingleAsync();
            var document = (await editor.FindAsync(key, default))!;
            var proposed = DocumentSnapshot.Of(document) with
            {
                Body = document.Body + "\n\nA closing word about marmalade diplomacy with Türkiye.",
                Speakers = [new SpeakerEntry("Gunnhild Østergaard", "Counsellor", SpeakerCapacity.Signatory)],
                AgendaItems = [new AgendaEntry("General Assembly", 75, 71, "b", "Human rights questions")],
            };
            var result = await editor.SaveAsync(key, document.Version, proposed, "review", "ann", default);
            Assert.True(result.Succeeded, result.Message);
        }

        Assert.Equal(["004"], await FindAsync(archive, "marmalade"));
        Assert.Equal(["004"], await FindAsync(archive, "turkiye"));
        Assert.Equal(["004"], await FindAsync(archive, "kind:\"letter,note verbale\" marmalade"));
        Assert.Equal(["004"], await FindAsync(archive, "speaker:ostergaard"));
        Assert.Equal(["004"], await FindAsync(archive, "agenda:71b"));
        Assert.Equal(["004"], await FindAsync(archive, "agenda:\"human rights questions\""));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Speaker_merge_and_its_undo_show_in_speaker_search_and_keep_the_index_sound()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        string musayev, aliyev;
        await using (var db = archive.OpenDb())
        {
            musayev = await db.Speakers.Where(s => s.Name.Contains("Musayev")).Select(s => s.Slug).SingleAsync();
            aliyev = await db.Speakers.Where(s => s.Name.Contains("Aliyev")).Select(s => s.Slug).SingleAsync();
        }
        Assert.Equal(["000", "001"], await FindAsync(archive, "speaker:musayev"));

        int merge;
        await using (var db = archive.OpenDb())
        {
            var result = await Merger(db).MergeAsync(musayev, aliyev, "ann", default);
            Assert.True(result.Succeeded, result.Message);
            merge = result.Id!.Value;
        }
        Assert.Equal(["000", "001", "002", "003"], await FindAsync(archive, "speaker:musayev"));
        Assert.Equal(["000", "001", "002", "003"], await FindAsync(archive, "speaker:yashar"));
        await CheckAsync(archive);

        await using (var db = archive.OpenDb())
            Assert.True((await Merger(db).UndoAsync(merge, "ann", default)).Succeeded);
        Assert.Equal(["000", "001"], await FindAsync(archive, "speaker:musayev"));
        Assert.Equal(["002", "003"], await FindAsync(archive, "speaker:yashar"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Agenda_item_rename_and_withdraw_and_reinstate_show_at_once_and_rebuild_changes_nothing()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
        {
            var item = await db.AgendaItems.SingleAsync(a => a.Number == 130);
            var renamed = await new AgendaItemEditor(db, Audit(db), NullLogger<AgendaItemEditor>.Instance).RenameAsync(item.Id, "Quokka welfare", "ann", default);
            Assert.True(renamed.Succeeded, renamed.Message);
        }
        Assert.Equal(["002"], await FindAsync(archive, "agenda:quokka"));
        await CheckAsync(archive);

        string key;
        await using (var db = archive.OpenDb())
        {
            key = await db.Documents.Where(d => d.Kind == DocumentKind.Letter).Select(d => d.Key).SingleAsync();
            Assert.True((await Editor(db).WithdrawAsync(key, "Duplicate", "ann", default)).Succeeded);
        }
        Assert.Empty(await FindAsync(archive, "agenda:quokka"));
        Assert.Equal(["000", "003"], await FindAsync(archive, "genocide"));
        await CheckAsync(archive);

        await using (var db = archive.OpenDb())
            Assert.True((await Editor(db).ReinstateAsync(key, "ann", default)).Succeeded);
        Assert.Equal(["002"], await FindAsync(archive, "agenda:quokka"));
        await CheckAsync(archive);

        var before = await FindAsync(archive, "genocide OR speaker:musayev OR agenda:quokka");
        await using (var db = archive.OpenDb())
            Assert.Equal(5, await SearchEngine.ForStore(db).RebuildAsync(db, default));
        Assert.Equal(before, await FindAsync(archive, "genocide OR speaker:musayev OR agenda:quokka"));
        await CheckAsync(archive);
    }

    private static async Task<IReadOnlyList<string>> FindAsync(TempArchive archive, string query)
    {
        var seeds = new Dictionary<string, string>();
        foreach (var file in Repository.SeedFiles)
            seeds[Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file)))[..12]] = Path.GetFileName(file)[..3];
        await using var db = archive.OpenDb();
        var result = await SeedArchive.Service(db).SearchAsync(new SearchRequest(query, SearchSort.Oldest), default);
        Assert.Empty(result.Errors);
        return result.Hits.Select(h => seeds[h.Slug[^12..]]).Order(StringComparer.Ordinal).ToList();
    }

    private static async Task CheckAsync(TempArchive archive)
    {
        await using var db = archive.OpenDb();
        // After applying the outbox, the index holds exactly the public documents and has nothing left to apply.
        var index = SearchEngine.ForStore(db);
        await index.CatchUpAsync(db, default);
        Assert.Equal(await db.Documents.CountAsync(), index.Count);
        Assert.Equal(await SearchEngine.NewestChangeAsync(db, default), index.Position);
    }

    private static AuditLog Audit(ArchiveDb db) => new(db, TimeProvider.System, NullLogger<AuditLog>.Instance);

    private static DocumentEditor Editor(ArchiveDb db) =>
        new(db, new SpeakerDirectory(db), Audit(db), TimeProvider.System, NullLogger<DocumentEditor>.Instance);

    private static SpeakerMerger Merger(ArchiveDb db) =>
        new(db, new SpeakerDirectory(db), Audit(db), TimeProvider.System, NullLogger<SpeakerMerger>.Instance);
}
