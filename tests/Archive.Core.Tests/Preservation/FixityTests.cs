using Archive.Core.Curation;
using Archive.Core.Documents;
using Archive.Core.Preservation;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Preservation;

/// <summary>`archive fixity` finds a flipped byte in an original, a deleted original and a body changed behind its revision.</summary>
public class FixityTests
{
    [Fact]
    public async Task Fixity_on_an_intact_archive_exits_0_and_counts_every_original()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();

        var run = await CliRun.RunAsync("fixity", "--db", archive.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"all {Repository.SeedFiles.Count} originals match", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixity_lists_a_flipped_byte_and_a_deleted_original_and_exits_1()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        string flipped, deleted;
        await using (var db = archive.OpenDb())
        {
            var originals = await db.OriginalFiles.IgnoreQueryFilters().Include(o => o.Document).OrderBy(o => o.Id).Take(2).ToListAsync();
            (flipped, deleted) = (originals[0].Document.Slug, originals[1].Document.Slug);
            var content = originals[0].Content.ToArray();
            content[content.Length / 2] ^= 0x01;
            originals[0].Content = content;
            db.OriginalFiles.Remove(originals[1]);
            await db.SaveChangesAsync();
        }

        var run = await CliRun.RunAsync("fixity", "--db", archive.Db);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Output.Split('\n').Where(l => l.StartsWith("CHANGED", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Contains(flipped, StringComparison.Ordinal) && l.Contains("changed: its SHA-256 is", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(deleted, StringComparison.Ordinal) && l.Contains("original file is missing", StringComparison.Ordinal));
        Assert.Contains("2 problems", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixity_finds_a_body_changed_outside_a_revision_and_passes_one_that_matches()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var document = await db.Documents.Include(d => d.Speakers).Include(d => d.AgendaItems).ThenInclude(a => a.AgendaItem).ThenInclude(i => i.Organ)
            .OrderBy(d => d.Id).FirstAsync();
        db.Revisions.Add(new Revision
        {
            DocumentId = document.Id, Number = 1, Version = document.Version, User = "test", At = DateTimeOffset.UtcNow,
            Comment = "as imported", Summary = "", Snapshot = DocumentSnapshot.Of(document).ToJson(),
        });
        await db.SaveChangesAsync();
        Assert.True((await new FixityCheck(db).RunAsync(CancellationToken.None)).Intact);

        await db.Documents.Where(d => d.Id == document.Id).ExecuteUpdateAsync(d => d.SetProperty(x => x.Body, x => x.Body + " An added sentence."));
        var report = await new FixityCheck(db).RunAsync(CancellationToken.None);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(document.Slug, problem.Slug);
        Assert.Contains("differs from revision 1", problem.What, StringComparison.Ordinal);
    }
}
