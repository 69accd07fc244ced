using Archive.Cli;
using Archive.Core.Curation;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Import.Formats;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Cli;

/// <summary>`archive import FOLDER-or-.tar.xz --profile ungdc --sidecar FILE` on a real SQLite archive.</summary>
public class BulkImportCommandTests
{
    [Fact]
    public async Task Import_tar_xz_with_the_ungdc_profile_stores_each_speech_with_the_sidecar_s_metadata()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);

            var (exit, output, _) = await RunAsync("import", tarXz, "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db);

            Assert.Equal(0, exit);
            Assert.Contains($"{UngdcSample.Files} imported, 0 skipped as duplicates, 0 failed", output);
            await using var db = archive.OpenDb();
            var korea = await db.Documents.Include(d => d.Speakers).ThenInclude(s => s.Speaker).Include(d => d.Organs).ThenInclude(o => o.Organ)
                .Include(d => d.Original).SingleAsync(d => d.Original!.FileName == "KOR_79_2024.txt");
            Assert.Equal(DocumentKind.Statement, korea.Kind);
            Assert.Equal("Republic of Korea", korea.Country);
            Assert.Equal(new DateOnly(2024, 1, 1), korea.Date);
            Assert.Equal("General debate", korea.Event);
            var organ = Assert.Single(korea.Organs);
            Assert.Equal(("General Assembly", 79), (organ.Organ.Name, organ.Session));
            var speaker = Assert.Single(korea.Speakers);
            Assert.Equal(("Tae-yul Cho", "Minister of Foreign Affairs"), (speaker.Speaker.Name, speaker.Role));
            var original = UngdcSample.Statements().Single(s => s.Path.EndsWith("KOR_79_2024.txt", StringComparison.Ordinal)).Content;
            Assert.Equal(original, korea.Original!.Content);
            Assert.StartsWith("2024-statement-tae-yul-cho-", korea.Slug, StringComparison.Ordinal);
            // Searchable when the command ends: it applied its outbox rows to the index itself.
            Assert.Equal(UngdcSample.Files, Archive.Core.Search.Engine.SearchEngine.ForStore(db).Count);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_text_files_keeps_each_text_once_and_the_review_reads_it_again_from_the_original()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var (exit, _, _) = await RunAsync("import", Path.Combine(workspace, "UNGDC_sample"), "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db);

            Assert.Equal(0, exit);
            await using var db = archive.OpenDb();
            var korea = await db.Documents.Include(d => d.Original).SingleAsync(d => d.Original!.FileName == "KOR_79_2024.txt");
            Assert.Equal("text/plain", korea.Original!.MediaType);
            Assert.Null(korea.Original.ExtractedText);
            var decoded = DocumentFormats.Extract(korea.Original.Content, korea.Original.FileName).Result.Text!;
            var reading = await db.ReparseAsync(korea.Id, default);
            Assert.NotNull(reading);
            Assert.Equal(DocumentParser.Parse(decoded, korea.Original.FileName).Body, reading.Body);
            Assert.Equal(korea.Body, reading.Body);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_with_the_ungdc_profile_reports_each_correction_and_every_row_or_file_left_unjoined()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var (_, output, _) = await RunAsync("import", Path.Combine(workspace, "UNGDC_sample"), "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db);

            Assert.Contains("line 6 (1947, CZK): code CZK read as CSK", output);
            Assert.Contains("line 5 (2001, SWE): code SWE read as SWZ", output);
            Assert.Contains("line 4 (2001, CHE): code CHE read as SWE", output);
            Assert.Contains("line 8 (1947, URY): the same speaker as line 7", output);
            Assert.Contains("Session 56 - 2001/BRN_56_2001.txt: no sidecar row for 2001 and BRN", output);
            foreach (var line in new[] { "line 10 (1948, CSK)", "line 11 (2002, SWE)", "line 12 (2002, SWZ)", "line 13 (2002, BRN)", "line 14 (2003, SWE)", "line 15 (2003, SWZ)" })
                Assert.Contains($"{line}: no file", output);
            await using var db = archive.OpenDb();
            var names = await db.Documents.Where(d => d.Original!.FileName == "SWE_56_2001.txt" || d.Original!.FileName == "SWZ_56_2001.txt")
                .OrderBy(d => d.Original!.FileName).Select(d => d.Speakers.Single().Speaker.Name).ToListAsync();
            Assert.Equal(["Anna Lindh", "Clifford Sibusiso Mamba"], names);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_run_again_stores_nothing_and_reports_every_file_as_a_duplicate()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            string[] args = ["import", Path.Combine(workspace, "UNGDC_sample"), "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db];
            await RunAsync(args);
            var before = await archive.CountsAsync();

            var (exit, output, _) = await RunAsync(args);

            Assert.Equal(0, exit);
            Assert.Contains($"0 imported, {UngdcSample.Files} skipped as duplicates, 0 failed", output);
            Assert.Contains("search index already complete", output);
            Assert.Equal(UngdcSample.Files, output.Split('\n').Count(l => l.Contains(": skipped as duplicate -> ", StringComparison.Ordinal)));
            Assert.Equal(before, await archive.CountsAsync());
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_the_same_tar_xz_again_is_recognised_by_its_hash_and_reads_and_stores_nothing()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);
            string[] args = ["import", tarXz, "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db];
            await RunAsync(args);
            var before = await archive.CountsAsync();

            var (exit, output, _) = await RunAsync(args);

            Assert.Equal(0, exit);
            Assert.Contains($"Nothing new: this archive (the same bytes, profile and sidecar) was imported whole on", output);
            Assert.Contains($"all its {UngdcSample.Files} documents are still stored", output);
            Assert.Contains($"0 imported, {UngdcSample.Files} skipped as duplicates, 0 failed", output);
            Assert.DoesNotContain(": skipped as duplicate -> ", output);
            Assert.Equal(before, await archive.CountsAsync());
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_a_tar_xz_with_a_file_more_is_read_again_and_stores_only_that_file()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var sidecar = Path.Combine(workspace, "speakers.csv");
            await RunAsync("import", await UngdcSample.PackAsync(workspace), "--profile", "ungdc", "--sidecar", sidecar, "--db", archive.Db);
            var korea = Path.Combine(workspace, "UNGDC_sample", "Session 79 - 2024", "KOR_79_2024.txt");
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(korea)!, "PRK_79_2024.txt"), File.ReadAllText(korea) + "\nA paragraph the first archive did not hold.\n");
            File.Delete(Path.Combine(workspace, "UNGDC_sample.tar.xz"));

            var (exit, output, _) = await RunAsync("import", await UngdcSample.PackAsync(workspace), "--profile", "ungdc", "--sidecar", sidecar, "--db", archive.Db);

            Assert.Equal(0, exit);
            Assert.DoesNotContain("Nothing new", output);
            Assert.Contains($"1 imported, {UngdcSample.Files} skipped as duplicates, 0 failed", output);
            Assert.Contains("PRK_79_2024.txt: imported -> ", output);
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_the_same_tar_xz_after_one_of_its_documents_was_deleted_reads_it_again_and_stores_that_one()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);
            string[] args = ["import", tarXz, "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db];
            await RunAsync(args);
            var before = await archive.CountsAsync();
            await using (var db = archive.OpenDb())
            {
                var korea = await db.Documents.Include(d => d.Original).SingleAsync(d => d.Original!.FileName == "KOR_79_2024.txt");
                db.Documents.Remove(korea);
                await db.SaveChangesAsync();
            }

            var (exit, output, _) = await RunAsync(args);

            Assert.Equal(0, exit);
            Assert.DoesNotContain("Nothing new", output);
            Assert.Contains($"1 imported, {UngdcSample.Files - 1} skipped as duplicates, 0 failed", output);
            Assert.Contains("KOR_79_2024.txt: imported -> ", output);
            Assert.Equal(before, await archive.CountsAsync());
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_the_same_tar_xz_with_another_sidecar_is_read_again()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);
            var sidecar = Path.Combine(workspace, "speakers.csv");
            await RunAsync("import", tarXz, "--profile", "ungdc", "--sidecar", sidecar, "--db", archive.Db);
            File.AppendAllText(sidecar, "\n2004,59,SWE,Sweden,Laila Freivalds,Minister for Foreign Affairs\n");

            var (exit, output, _) = await RunAsync("import", tarXz, "--profile", "ungdc", "--sidecar", sidecar, "--db", archive.Db);

            Assert.Equal(0, exit);
            Assert.DoesNotContain("Nothing new", output);
            Assert.Contains($"0 imported, {UngdcSample.Files} skipped as duplicates, 0 failed", output);
            Assert.Equal(UngdcSample.Files, output.Split('\n').Count(l => l.Contains(": skipped as duplicate -> ", StringComparison.Ordinal)));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Fact]
    public async Task Import_of_a_cut_short_tar_xz_says_where_it_stopped_and_exits_1()
    {
        await using var archive = await TempArchive.CreateAsync();
        var workspace = UngdcSample.CreateWorkspace();
        try
        {
            var tarXz = await UngdcSample.PackAsync(workspace);
            var bytes = await File.ReadAllBytesAsync(tarXz);
            await File.WriteAllBytesAsync(tarXz, bytes[..(bytes.Length / 2)]);

            var (exit, output, _) = await RunAsync("import", tarXz, "--profile", "ungdc", "--sidecar", Path.Combine(workspace, "speakers.csv"), "--db", archive.Db);

            Assert.Equal(1, exit);
            Assert.Contains("Stopped: The source could not be read further", output);
            await using var db = archive.OpenDb();
            Assert.Equal(output.Split('\n').Count(l => l.Contains(": imported -> ", StringComparison.Ordinal)), await db.Documents.CountAsync());
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }

    [Theory]
    [InlineData("--sidecar", "x.csv")]
    [InlineData("--profile", "unknown")]
    [InlineData("--profile", "ungdc")]
    public async Task Import_with_a_sidecar_or_profile_that_cannot_be_used_is_a_usage_error_and_opens_nothing(string option, string value)
    {
        var folder = Directory.CreateTempSubdirectory("archive-bulk-usage-").FullName;
        var database = Path.Combine(folder, "archive.db");
        try
        {
            var (exit, _, errors) = await RunAsync("import", folder, option, value, "--db", database);

            Assert.Equal(2, exit);
            Assert.NotEqual("", errors.Trim());
            Assert.False(File.Exists(database));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = await CommandLine.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }
}
