using Archive.Tests.Shared;
using System.Diagnostics;
using System.Net;
using System.Text;
using Archive.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// Web writes that meet a full disk (the app as a process, its store on a 3 MB tmpfs): an added document too large for
/// the space left is reported as not stored, with the reason; an edit too large for it answers 507 with the "Storage
/// full" page; nothing is half-written, reads go on, and the same edit succeeds once space is freed. Needs root
/// to mount, as in CI.
/// </summary>
// The SQLite file on a full tmpfs; a PostgreSQL server's disk is the server's.
[Trait("Store", "SqliteOnly")]
[Trait("Category", "Faults")]
[Collection(AloneCollection.Name)]
public class StorageFullWriteTests
{
    [Fact]
    public async Task Writes_on_a_full_disk_say_storage_full_store_nothing_and_reads_go_on()
    {
        var mount = Directory.CreateTempSubdirectory("archive-full-web-").FullName;
        var index = Directory.CreateTempSubdirectory("archive-full-web-index-").FullName;
        Assert.True(await FullDisk.RunAsync("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", mount) == 0, "could not mount a tmpfs; the storage-full check needs root");
        try
        {
            var database = Path.Combine(mount, "archive.db");
            await using var app = await AppProcess.StartAsync(database, new Dictionary<string, string> { ["Archive__SearchIndexPath"] = index });
            using var archivist = await Archivist.SignInAsync(app, database);
            var before = await CountAsync(database);

            var added = await ArchiveWebFactory.SubmitAsync(archivist.Client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = FullDisk.BigStatement(20261204), ["PastedName"] = "big.txt" });
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
            Assert.Contains("The storage holding the archive is full, so nothing of it was stored", WebUtility.HtmlDecode(await added.Content.ReadAsStringAsync()), StringComparison.Ordinal);
            Assert.Equal(before, await CountAsync(database));

            var slug = await SlugAsync(database);
            var edit = await EditBodyAsync(archivist, slug);
            using var reader = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var home = await reader.GetAsync("/");
            var search = await reader.GetAsync("/search?q=azerbaijan");
            Assert.Equal(0, await FullDisk.RunAsync("mount", "-o", "remount,size=64m", mount));
            var freed = await EditBodyAsync(archivist, slug);

            Assert.Equal(507, (int)edit.StatusCode);
            Assert.Contains("Storage full", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            Assert.Equal(HttpStatusCode.OK, search.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, freed.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            await FullDisk.RunAsync("umount", "-l", mount);
            Directory.Delete(mount, recursive: true);
            Directory.Delete(index, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> EditBodyAsync(Archivist archivist, string slug) =>
        ArchiveWebFactory.SubmitAsync(archivist.Client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { ["Form.Body"] = FullDisk.BigStatement(20261204), ["Form.Comment"] = "The whole text, as delivered" });

    private static async Task<string> SlugAsync(string database)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For($"Data Source={database}"));
        return await db.Documents.OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync();
    }

    private static async Task<int> CountAsync(string database)
    {
        await using var db = new ArchiveDb(ArchiveDbOptions.For($"Data Source={database}"));
        return await db.Documents.IgnoreQueryFilters().CountAsync() + await db.OriginalFiles.IgnoreQueryFilters().CountAsync();
    }
}
