using Archive.Core.Import;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Data;

public class WithdrawalTests
{
    [Fact]
    public async Task Withdrawn_document_leaves_public_queries_with_its_links_but_stays_stored()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        string slug;
        await using (var db = archive.OpenDb())
        {
            var letter = await db.Documents.SingleAsync(d => d.Kind == Core.Documents.DocumentKind.NoteVerbale);
            slug = letter.Slug;
            letter.WithdrawnAt = DateTimeOffset.UtcNow;
            letter.WithdrawalReason = "Duplicate of a better copy";
            await db.SaveChangesAsync();
        }

        await using var read = archive.OpenDb();
        Assert.Equal(4, await read.Documents.CountAsync());
        Assert.False(await read.Documents.AnyAsync(d => d.Slug == slug));
        Assert.False(await read.DocumentSpeakers.AnyAsync(s => s.Document.Slug == slug));
        Assert.Equal(4, await read.OriginalFiles.CountAsync());
        var kept = await read.Documents.IgnoreQueryFilters().Include(d => d.Original).SingleAsync(d => d.Slug == slug);
        Assert.True(kept.IsWithdrawn);
        Assert.NotNull(kept.Original);
    }

    [Fact]
    public async Task Reimporting_a_withdrawn_documents_file_is_a_duplicate()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using (var db = archive.OpenDb())
            await db.Documents.ExecuteUpdateAsync(u => u.SetProperty(d => d.WithdrawnAt, DateTimeOffset.UtcNow));
        var before = await archive.CountsAsync();

        var again = await archive.ImportSeedsAsync();

        Assert.All(again, r => Assert.Equal(ImportStatus.Duplicate, r.Status));
        Assert.Equal(before, await archive.CountsAsync());
    }
}
