using Archive.Core.Search;
using Archive.Core.Search.Engine;
using Archive.Core.Tests.Support;
using Archive.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Faults;

/// <summary>
/// The search index folder on a tmpfs that is full before the index was ever created (mounted for the test; needs root,
/// as in CI): the engine is still made, search answers that the index cannot be created because the storage is full,
/// and once space is freed the next search creates the index and finds the documents.
/// </summary>
[Trait("Category", "Faults")]
public class SearchIndexFullDiskTests
{
    [Fact]
    public async Task Search_says_the_index_cannot_be_created_on_a_full_disk_and_works_once_space_is_freed()
    {
        var mount = Directory.CreateTempSubdirectory("archive-full-index-").FullName;
        Assert.True(await FullDisk.RunAsync("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mount) == 0, "could not mount a tmpfs; the disk-full check needs root");
        var index = Path.Combine(mount, "archive.search");
        try
        {
            await FillAsync(Path.Combine(mount, "filler"));
            await using var archive = await TempArchive.CreateAsync();
            await archive.ImportSeedsAsync();
            await using var db = archive.OpenDb();

            var engine = SearchEngine.For(index);
            var service = new SearchService(db, engine, Microsoft.Extensions.Options.Options.Create(new ArchiveOptions()), NullLogger<SearchService>.Instance);
            var full = await service.SearchAsync(new SearchRequest("statement OR letter OR note"), CancellationToken.None);

            Assert.Contains("the storage is full", engine.Unavailable, StringComparison.Ordinal);
            Assert.True(full.Incomplete);
            Assert.Equal(0, full.Total);
            var error = Assert.Single(full.Errors);
            Assert.StartsWith("The search index cannot be created at " + index + ": the storage is full.", error, StringComparison.Ordinal);

            File.Delete(Path.Combine(mount, "filler"));
            var freed = await service.SearchAsync(new SearchRequest("statement OR letter OR note"), CancellationToken.None);

            Assert.Empty(freed.Errors);
            Assert.False(freed.Incomplete);
            Assert.Equal(5, freed.Total);
            Assert.Null(engine.Unavailable);
        }
        finally
        {
            SearchEngine.Close(index);
            await FullDisk.RunAsync("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
        }
    }

    // Writes until the tmpfs has no byte left.
    private static async Task FillAsync(string path)
    {
        var block = new byte[64 * 1024];
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.None);
        try
        {
            while (true)
            {
                await file.WriteAsync(block);
                await file.FlushAsync();
            }
        }
        catch (IOException)
        {
            // Full: what did not fit is dropped.
        }
        for (var size = 4096; size >= 1; size /= 2)
        {
            try
            {
                await file.WriteAsync(block.AsMemory(0, size));
                await file.FlushAsync();
            }
            catch (IOException)
            {
            }
        }
    }
}
