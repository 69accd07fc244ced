using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Archive.Core.Tests.Import;

public class DocumentLoaderTests
{
    private const string NoCounts = "documents=0, originals=0, speakers=0, aliases=0, organs=0, agenda=0, symbols=0, resolutions=0";

    [Fact]
    public async Task ImportAsync_seeds_twice_stores_five_documents()
    {
        await using var archive = await TempArchive.CreateAsync();

        var first = await archive.ImportSeedsAsync();
        var countsAfterFirst = await archive.CountsAsync();
        var second = await archive.ImportSeedsAsync();

        Assert.Equal(5, first.Count(r => r.Status == ImportStatus.Imported));
        Assert.All(second, r => Assert.Equal(ImportStatus.Duplicate, r.Status));
        Assert.Equal(first.Select(r => r.Slug), second.Select(r => r.Slug));
        Assert.Equal(countsAfterFirst, await archive.CountsAsync());
        await using var db = archive.OpenDb();
        Assert.Equal(5, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_any_file_keeps_the_original_byte_for_byte_with_name_and_sha256()
    {
        await using var archive = await TempArchive.CreateAsync();
        var path = Repository.SeedFiles[2];
        var bytes = await File.ReadAllBytesAsync(path);

        var result = await archive.ImportAsync(Path.GetFileName(path), bytes);

        await using var db = archive.OpenDb();
        var original = await db.Documents.Where(d => d.Slug == result.Slug).Select(d => d.Original!).SingleAsync();
        Assert.Equal(bytes, original.Content);
        Assert.Equal(Path.GetFileName(path), original.FileName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), original.Sha256);
        Assert.Equal(bytes.LongLength, original.Length);
    }

    [Fact]
    public async Task ImportAsync_any_file_records_when_and_how_it_arrived()
    {
        await using var archive = await TempArchive.CreateAsync();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var result = await archive.ImportAsync("a.txt", Encoding.UTF8.GetBytes("Statement by Mr. John Smith\n\n6 September 2017\n\nMr. President,\n\nThank you."));

        await using var db = archive.OpenDb();
        var document = await db.Documents.SingleAsync(d => d.Slug == result.Slug);
        Assert.Equal("test", document.ImportedVia);
        Assert.InRange(document.ImportedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task ImportAsync_two_spellings_of_one_speaker_link_one_person()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();

        await using var db = archive.OpenDb();
        var musayev = await db.Speakers.Include(s => s.Aliases).Include(s => s.Documents)
            .SingleAsync(s => s.Aliases.Any(a => a.Spelling == "Tofig Musayev"));
        Assert.Equal(["Tofig Musayev", "Tofiq F. Musayev"], musayev.Aliases.Select(a => a.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal(2, musayev.Documents.Count);
        var aliyev = await db.Speakers.Include(s => s.Documents).SingleAsync(s => s.Name == "Yashar Aliyev");
        Assert.Equal(2, aliyev.Documents.Count);
        Assert.Equal(2, await db.Speakers.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_documents_of_one_organ_share_organ_and_agenda_items()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();

        await using var db = archive.OpenDb();
        Assert.Equal(1, await db.Organs.CountAsync(o => o.Name == "General Assembly"));
        var council = await db.Organs.SingleAsync(o => o.Name == "Security Council");
        Assert.Equal("year", council.SessionTerm);
        var item130 = await db.AgendaItems.SingleAsync(i => i.Number == 130);
        Assert.Equal(74, item130.Session);
        Assert.StartsWith("The responsibility to protect", item130.Title);
        Assert.Equal(7, await db.DocumentAgendaItems.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_rebuild_from_the_seeds_gives_the_same_permalinks()
    {
        await using var first = await TempArchive.CreateAsync();
        await using var second = await TempArchive.CreateAsync();

        var a = await first.ImportSeedsAsync();
        var b = await second.ImportSeedsAsync();

        Assert.Equal(a.Select(r => r.Slug), b.Select(r => r.Slug));
        Assert.All(a, r => Assert.Matches("^[a-z0-9-]+$", r.Slug!));
        Assert.Contains(a, r => r.Slug!.StartsWith("2017-09-06-statement-tofiq-f-musayev-", StringComparison.Ordinal));
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty" },
        { "blank.txt", Encoding.UTF8.GetBytes("  \n\n\t \n"), "no text" },
        { "picture.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary" },
        { "latin1.txt", [.. Encoding.ASCII.GetBytes("Statement by Mr. Jos"), 0xE9, .. Encoding.ASCII.GetBytes(" Garc"), 0xED, 0x61], "not valid UTF-8" },
        { "truncated.txt", [.. Encoding.ASCII.GetBytes("Geneva, 4 November 2020 "), 0xE2, 0x80], "not valid UTF-8" },
        { "x.txt", Encoding.UTF8.GetBytes("x"), "1 word, too little text" },
        { "thanks.txt", Encoding.UTF8.GetBytes("Thank you, Mr. President."), "4 words, too little text" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ImportAsync_bad_input_is_refused_with_a_reason_and_stores_nothing(string name, byte[] content, string reason)
    {
        await using var archive = await TempArchive.CreateAsync();

        var result = await archive.ImportAsync(name, content);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains(reason, result.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Null(result.Slug);
        Assert.Equal(NoCounts, await archive.CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_20_MB_file_is_refused_as_over_the_limit()
    {
        await using var archive = await TempArchive.CreateAsync();
        var huge = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The Permanent Mission presents its compliments. ", 20 * 1024 * 1024 / 48 + 1)));

        var result = await archive.ImportAsync("huge.txt", huge);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains("over the 10 MB limit", result.Reason);
        Assert.Equal(NoCounts, await archive.CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_text_without_a_date_is_stored_undated_with_a_warning()
    {
        await using var archive = await TempArchive.CreateAsync();
        var text = "Statement by Ms. Amina Diallo\nPermanent Representative of Senegal to the United Nations\n\nMr. President,\n\nWe thank the presidency for convening this debate.";

        var result = await archive.ImportAsync("undated.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.Contains(result.Warnings, w => w.Field == "date");
        await using var db = archive.OpenDb();
        var document = await db.Documents.SingleAsync();
        Assert.Null(document.Date);
        Assert.StartsWith("undated-", document.Slug, StringComparison.Ordinal);
        Assert.Contains(document.ImportWarnings, w => w.StartsWith("date:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_failure_while_saving_leaves_nothing_behind()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb(new FailOnDocumentInsert());
        var bytes = await File.ReadAllBytesAsync(Repository.SeedFiles[2]);

        var result = await archive.Loader(db).ImportAsync(bytes, "002.txt", "test", CancellationToken.None);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Contains("could not store", result.Reason);
        Assert.Equal(NoCounts, await archive.CountsAsync());
    }

    [Fact]
    public async Task ImportAsync_cancelled_midway_stores_whole_documents_and_a_rerun_completes_it()
    {
        await using var archive = await TempArchive.CreateAsync();
        using var cancel = new CancellationTokenSource();
        await using (var db = archive.OpenDb(new CancelOnDocumentInsert(cancel, afterInserts: 2)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                archive.Importer(db).ImportAsync(Repository.Seeds, "test", null, cancel.Token));
        }
        await using (var db = archive.OpenDb())
        {
            Assert.Equal(2, await db.Documents.CountAsync());
            Assert.Equal(2, await db.OriginalFiles.CountAsync());
        }

        var rerun = await archive.ImportSeedsAsync();

        Assert.Equal(2, rerun.Count(r => r.Status == ImportStatus.Duplicate));
        Assert.Equal(3, rerun.Count(r => r.Status == ImportStatus.Imported));
        await using var check = archive.OpenDb();
        Assert.Equal(5, await check.Documents.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_same_bytes_under_another_name_is_a_duplicate()
    {
        await using var archive = await TempArchive.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(Repository.SeedFiles[0]);

        var first = await archive.ImportAsync("one.txt", bytes);
        var second = await archive.ImportAsync("copy-of-one.txt", bytes);

        Assert.Equal(ImportStatus.Duplicate, second.Status);
        Assert.Equal(first.Slug, second.Slug);
        Assert.StartsWith("Already in the archive as “", second.Reason);
        Assert.NotNull(second.ExistingTitle);
    }

    [Fact]
    public async Task FolderImport_batch_with_one_bad_file_stores_the_good_ones()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-batch-").FullName;
        try
        {
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "a.txt"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "b.txt"), [0xFF, 0xFE, 0xFD, 0x00, 0x01]);
            File.Copy(Repository.SeedFiles[3], Path.Combine(folder, "c.md"));
            await File.WriteAllTextAsync(Path.Combine(folder, "notes.pptx"), "ignored: not a format the archive reads");

            await using var db = archive.OpenDb();
            var results = await archive.Importer(db).ImportAsync(folder, "test", null, CancellationToken.None);

            Assert.Equal(["a.txt", "b.txt", "c.md"], results.Select(r => r.FileName));
            Assert.Equal([ImportStatus.Imported, ImportStatus.Failed, ImportStatus.Imported], results.Select(r => r.Status));
            Assert.Equal(2, await db.Documents.CountAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ImportAsync_same_person_as_speaker_and_signatory_is_one_speaker()
    {
        await using var archive = await TempArchive.CreateAsync();
        var text = "Statement by Mr. John Smith\nPermanent Representative of Ireland to the United Nations\n\n6 September 2017\n\n"
            + "Mr. President,\n\nIreland supports the draft resolution before us today and thanks the facilitators.\n\n(Signed) John Smith\nPermanent Representative";

        var result = await archive.ImportAsync("smith.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var db = archive.OpenDb();
        Assert.Equal(1, await db.Speakers.CountAsync());
        Assert.Equal(1, await db.DocumentSpeakers.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_variant_spelling_of_a_stored_speaker_is_linked_with_a_warning()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportAsync(Path.GetFileName(Repository.SeedFiles[0]), await File.ReadAllBytesAsync(Repository.SeedFiles[0]));

        var second = await archive.ImportAsync(Path.GetFileName(Repository.SeedFiles[1]), await File.ReadAllBytesAsync(Repository.SeedFiles[1]));

        var warning = Assert.Single(second.Warnings, w => w.Field == "speaker");
        Assert.Contains("another spelling of Tofiq F. Musayev", warning.Message);
    }

    [Fact]
    public async Task ImportAsync_same_file_from_two_imports_at_once_is_stored_once()
    {
        await using var archive = await TempArchive.CreateAsync();
        var bytes = await File.ReadAllBytesAsync(Repository.SeedFiles[2]);

        var results = await Task.WhenAll(
            Task.Run(() => archive.ImportAsync("first.txt", bytes)),
            Task.Run(() => archive.ImportAsync("second.txt", bytes)));

        Assert.Equal([ImportStatus.Imported, ImportStatus.Duplicate], results.Select(r => r.Status).Order());
        Assert.Equal(results[0].Slug, results[1].Slug);
        await using var db = archive.OpenDb();
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_utf16_file_with_byte_order_mark_is_read()
    {
        await using var archive = await TempArchive.CreateAsync();
        var text = await File.ReadAllTextAsync(Repository.SeedFiles[3]);

        var result = await archive.ImportAsync("utf16.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);

        Assert.Equal(ImportStatus.Imported, result.Status);
        Assert.StartsWith("2021-05-25-statement-yashar-aliyev-", result.Slug, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FolderImport_oversized_file_is_refused_before_it_is_read()
    {
        await using var archive = await TempArchive.CreateAsync();
        archive.Options.MaxFileBytes = 1024;
        var folder = Directory.CreateTempSubdirectory("archive-big-").FullName;
        try
        {
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "long.txt"));

            await using var db = archive.OpenDb();
            var result = Assert.Single(await archive.Importer(db).ImportAsync(folder, "test", null, CancellationToken.None));

            Assert.Equal(ImportStatus.Failed, result.Status);
            Assert.Contains("over the 1 KB limit", result.Reason);
            Assert.Equal(NoCounts, await archive.CountsAsync());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FolderImport_nested_files_with_one_name_are_told_apart_and_hidden_ones_skipped()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-nested-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "2017"));
            Directory.CreateDirectory(Path.Combine(folder, "2021"));
            Directory.CreateDirectory(Path.Combine(folder, ".drafts"));
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "2017", "statement.txt"));
            File.Copy(Repository.SeedFiles[3], Path.Combine(folder, "2021", "statement.txt"));
            File.Copy(Repository.SeedFiles[1], Path.Combine(folder, ".drafts", "report.txt"));
            File.Copy(Repository.SeedFiles[2], Path.Combine(folder, ".hidden.txt"));

            await using var db = archive.OpenDb();
            var results = await archive.Importer(db).ImportAsync(folder, "test", null, CancellationToken.None);

            Assert.Equal([Path.Combine("2017", "statement.txt"), Path.Combine("2021", "statement.txt")], results.Select(r => r.FileName));
            Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FolderImport_symbolic_link_to_a_parent_folder_is_not_followed()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-links-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "sub"));
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "sub", "statement.txt"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "sub", "loop"), folder);

            Assert.Equal([Path.Combine(folder, "sub", "statement.txt")], FolderImporter.FilesUnder(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FolderImport_named_pipe_is_refused_without_waiting_for_it()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-fifo-").FullName;
        try
        {
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(folder, "pipe.txt")))
                await mkfifo.WaitForExitAsync();
            File.Copy(Repository.SeedFiles[0], Path.Combine(folder, "statement.txt"));

            await using var db = archive.OpenDb();
            var results = await archive.Importer(db).ImportAsync(folder, "test", null, CancellationToken.None);

            Assert.Equal([ImportStatus.Failed, ImportStatus.Imported], results.Select(r => r.Status));
            Assert.Contains("not a regular file", results[0].Reason);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FolderImport_single_file_of_another_kind_is_refused()
    {
        await using var archive = await TempArchive.CreateAsync();
        var file = Path.Combine(Path.GetTempPath(), $"archive-{Guid.NewGuid():N}.markdown");
        try
        {
            File.Copy(Repository.SeedFiles[0], file);

            await using var db = archive.OpenDb();
            var result = Assert.Single(await archive.Importer(db).ImportAsync(file, "test", null, CancellationToken.None));

            Assert.Equal(ImportStatus.Failed, result.Status);
            Assert.Contains("Only .txt, .md, .pdf, .docx, .html and .htm files", result.Reason);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c", "ebc4974a1b2c")]
    [InlineData("undated-document-0123456789ab", "0123456789ab")]
    [InlineData("ebc4974a1b2c", "ebc4974a1b2c")]
    [InlineData("2017-09-06-statement-tofiq-f-musayev", null)]
    [InlineData("x-EBC4974A1B2C", "ebc4974a1b2c")]
    [InlineData("x-ebc4974a1b2g", null)]
    [InlineData("abcebc4974a1b2c", null)]
    [InlineData("", null)]
    public void KeyOf_permalink_gives_the_key_at_its_end(string slug, string? key)
    {
        Assert.Equal(key, DocumentLoader.KeyOf(slug));
    }

    private sealed class FailOnDocumentInsert : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO original_files", StringComparison.Ordinal)
                ? throw new InvalidOperationException("disk full (simulated)")
                : base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    // Cancels the run as the next document after the first few begins to be written.
    private sealed class CancelOnDocumentInsert(CancellationTokenSource cancel, int afterInserts) : DbCommandInterceptor
    {
        private int _inserts;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO documents", StringComparison.Ordinal) && ++_inserts > afterInserts)
            {
                cancel.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
