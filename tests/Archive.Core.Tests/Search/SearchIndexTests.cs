using System.Text;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>The outbox keeps the index in step with the store: a change is found by the next search; a rebuild repairs it.</summary>
public class SearchIndexTests
{
    private const string Extra = """
        Statement by Mr. Ilham Əliyev, President of the Republic of Azerbaijan, at the general debate

        23 September 2020

        Mr. President, as Ilham Əliyev said, the genocidal policy pursued for decades must be remembered, and Straße names the street in Łódź.
        """;

    [Fact]
    public async Task Edited_body_and_title_are_searchable_at_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
        {
            var note = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
            note.Body += "\n\nA postscript about zanzibarian cloves.";
            note.Title = "Note verbale on quixotic matters";
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await TotalAsync(archive, "zanzibarian"));
        Assert.Equal(1, await TotalAsync(archive, "title:quixotic"));
        Assert.Equal(0, await TotalAsync(archive, "title:\"dated 4 November 2020\""));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Index_takes_committed_changes_only_so_a_rolled_back_edit_is_never_found()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var service = SeedArchive.Service(db);

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var note = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
            note.Body += "\n\nA word only this transaction knows: wombatish.";
            await db.SaveChangesAsync();

            Assert.Equal(0, (await service.SearchAsync(new SearchRequest("wombatish"), CancellationToken.None)).Total);
            await transaction.RollbackAsync();
        }

        Assert.Equal(0, (await service.SearchAsync(new SearchRequest("wombatish"), CancellationToken.None)).Total);
        // The rolled-back outbox row's id is handed out again; the next committed change under it is still applied.
        var committed = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
        committed.Body += "\n\nA word committed after the rollback: quokkaish.";
        await db.SaveChangesAsync();
        Assert.Equal(1, (await service.SearchAsync(new SearchRequest("quokkaish"), CancellationToken.None)).Total);
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Withdrawn_document_leaves_search_at_once_and_returns_when_reinstated()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        Assert.Equal(2, await TotalAsync(archive, "karabakh"));

        await using (var db = archive.OpenDb())
        {
            var note = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
            note.WithdrawnAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync();
        }
        Assert.Equal(1, await TotalAsync(archive, "karabakh"));
        Assert.Equal(0, await TotalAsync(archive, "kind:\"note verbale\""));
        Assert.Equal(0, await TotalAsync(archive, "-karabakh kind:\"note verbale\""));
        await CheckAsync(archive);

        await using (var db = archive.OpenDb())
        {
            var note = await db.Documents.IgnoreQueryFilters().SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
            note.WithdrawnAt = null;
            await db.SaveChangesAsync();
        }
        Assert.Equal(2, await TotalAsync(archive, "karabakh"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task New_alias_makes_every_document_of_the_speaker_searchable_by_it()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        Assert.Equal(0, await TotalAsync(archive, "speaker:tofik"));

        await using (var db = archive.OpenDb())
        {
            var speaker = await db.Speakers.SingleAsync(s => s.Aliases.Any(a => a.Spelling.Contains("Tofig")));
            db.SpeakerAliases.Add(new SpeakerAlias { SpeakerId = speaker.Id, Spelling = "Tofik Musaev", MatchKey = "tofik musaev", SurnameKey = "musaev" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await TotalAsync(archive, "speaker:tofik"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Renamed_agenda_item_and_organ_are_searchable_at_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();

        await using (var db = archive.OpenDb())
        {
            var item = await db.AgendaItems.SingleAsync(a => a.Number == 130);
            item.Title = "Responsibility to protect (renamed for xylophones)";
            var organ = await db.Organs.SingleAsync(o => o.Name == "Security Council");
            organ.Name = "Security Council of quokkas";
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await TotalAsync(archive, "agenda:xylophones"));
        Assert.Equal(2, await TotalAsync(archive, "organ:quokkas"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Deleted_document_and_removed_links_leave_the_index_consistent()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();

        await using (var db = archive.OpenDb())
        {
            var letter = await db.Documents.Include(d => d.AgendaItems).SingleAsync(d => d.Kind == DocumentKind.Letter);
            letter.AgendaItems.Clear();
            await db.SaveChangesAsync();
        }
        Assert.Equal(0, await TotalAsync(archive, "agenda:genocide"));

        await using (var db = archive.OpenDb())
            await db.Documents.Where(d => d.Kind == DocumentKind.Statement).ExecuteDeleteAsync();
        Assert.Equal(0, await TotalAsync(archive, "kind:statement"));
        Assert.Equal(1, await TotalAsync(archive, "genocide"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Search_folds_letters_the_tokenizer_keeps_and_stems_words()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await archive.ImportAsync("aliyev.txt", Encoding.UTF8.GetBytes(Extra));

        await using var db = archive.OpenDb();
        var service = SeedArchive.Service(db);
        var aliyev = await service.SearchAsync(new SearchRequest("Aliyev ilham"), CancellationToken.None);
        var hit = Assert.Single(aliyev.Hits);
        Assert.Contains(hit.Snippet.SelectMany(f => f), p => p.IsMatch && p.Text == "Əliyev");
        Assert.Contains(hit.Snippet.SelectMany(f => f), p => p.IsMatch && p.Text == "Ilham");
        Assert.Equal(1, (await service.SearchAsync(new SearchRequest("Əliyev ilham"), CancellationToken.None)).Total);
        var street = await service.SearchAsync(new SearchRequest("strasse lodz"), CancellationToken.None);
        Assert.Equal(["Straße", "Łódź"], Assert.Single(street.Hits).Snippet.SelectMany(f => f).Where(p => p.IsMatch).Select(p => p.Text));
        Assert.Equal(4, (await service.SearchAsync(new SearchRequest("genocidal"), CancellationToken.None)).Total);
        var genocide = await service.SearchAsync(new SearchRequest("genocide ilham"), CancellationToken.None);
        Assert.Contains(Assert.Single(genocide.Hits).Snippet.SelectMany(f => f), p => p.IsMatch && p.Text == "genocidal");
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Relevance_ranks_title_and_speaker_matches_above_body_matches()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
        {
            var note = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.NoteVerbale);
            note.Title = "Note verbale on quokkas";
            var letter = await db.Documents.SingleAsync(d => d.Kind == DocumentKind.Letter);
            letter.Body += "\n\nQuokkas, quokkas and more quokkas, as Tofiq Musayev and Musayev again said.";
            await db.SaveChangesAsync();
        }

        await using var read = archive.OpenDb();
        var service = SeedArchive.Service(read);
        var quokkas = await service.SearchAsync(new SearchRequest("quokka"), CancellationToken.None);
        Assert.Equal([DocumentKind.NoteVerbale, DocumentKind.Letter], quokkas.Hits.Select(h => h.Kind));
        var musayev = await service.SearchAsync(new SearchRequest("musayev"), CancellationToken.None);
        Assert.Equal(3, musayev.Total);
        Assert.Equal(DocumentKind.Letter, musayev.Hits[^1].Kind);
    }

    [Fact]
    public async Task Rebuild_restores_an_emptied_index()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
        await using (var db = archive.OpenDb())
        {
            var index = SearchEngine.ForStore(db);
            using (var writer = new Lucene.Net.Index.IndexWriter(Lucene.Net.Store.FSDirectory.Open(index.Path),
                new Lucene.Net.Index.IndexWriterConfig(ArchiveAnalyzer.Version, ArchiveAnalyzer.PerField)))
            {
                writer.DeleteAll();
                writer.Commit();
            }
            await db.Documents.Where(d => d.Kind == DocumentKind.NoteVerbale).ExecuteUpdateAsync(u => u.SetProperty(d => d.WithdrawnAt, DateTimeOffset.UtcNow));
            Assert.Equal(4, await index.RebuildAsync(db, CancellationToken.None));
        }

        Assert.Equal(4, await TotalAsync(archive, "azerbaijan"));
        await CheckAsync(archive);
    }

    [Fact]
    public async Task Changes_the_index_leaves_out_still_move_it_on_so_it_is_never_seen_as_behind()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
        await using var db = archive.OpenDb();
        // A draft is not searchable: applying its outbox row changes no segment of the index, only its position.
        db.Documents.Add(new Document { Key = "draft-only", Slug = "draft-only", Kind = DocumentKind.Letter, Body = "A draft about azerbaijan.", IsDraft = true, ImportedAt = DateTimeOffset.UtcNow, ImportedVia = "test" });
        await db.SaveChangesAsync();

        var index = SearchEngine.ForStore(db);
        await index.CatchUpAsync(db, default);

        Assert.Equal(await SearchEngine.NewestChangeAsync(db, default), index.Position);
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
    }

    [Fact]
    public async Task Lost_or_damaged_index_is_built_again_from_the_store()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
        var folder = archive.SearchIndexPath;

        SearchEngine.Close(folder);
        foreach (var file in Directory.GetFiles(folder))
            await File.WriteAllBytesAsync(file, Encoding.ASCII.GetBytes("not an index"));
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));

        SearchEngine.Close(folder);
        Directory.Delete(folder, recursive: true);
        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
        await CheckAsync(archive);
    }

    // Steps through the SQLite migration history.
    [Trait("Store", "SqliteOnly")]
    [Fact]
    public async Task Migration_indexes_documents_already_stored()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
        {
            var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync("Curation");
            await db.Database.MigrateAsync();
        }

        Assert.Equal(5, await TotalAsync(archive, "azerbaijan"));
        await CheckAsync(archive);
    }

    private static async Task<int> TotalAsync(TempArchive archive, string query)
    {
        await using var db = archive.OpenDb();
        var result = await SeedArchive.Service(db).SearchAsync(new SearchRequest(query), CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Total;
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
}
