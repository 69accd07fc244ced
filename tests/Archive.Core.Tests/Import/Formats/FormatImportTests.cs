using System.Text;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Import.Formats;
using Archive.Core.Tests.Support;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Import.Formats;

public class FormatImportTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "letter.pdf", "application/pdf" },
        { "note.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "statement.html", "text/html" },
    };

    private static byte[] Generated(string name) => Path.GetExtension(name) switch
    {
        ".pdf" => GeneratedFiles.UnLetterPdf(),
        ".docx" => GeneratedFiles.MissionLetterDocx(),
        _ => GeneratedFiles.MissionWebPage(),
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Import_stores_the_original_byte_for_byte_with_its_media_type_and_the_text_the_parser_read(string name, string mediaType)
    {
        await using var archive = await TempArchive.CreateAsync();
        var content = Generated(name);

        var result = await archive.ImportAsync(name, content);

        Assert.Equal(ImportStatus.Imported, result.Status);
        await using var db = archive.OpenDb();
        var original = await db.OriginalFiles.SingleAsync();
        Assert.Equal(content, original.Content);
        Assert.Equal(mediaType, original.MediaType);
        Assert.Equal(DocumentFormats.Extract(content, name).Result.Text, original.ExtractedText);
        var document = await db.Documents.SingleAsync();
        Assert.Equal(DocumentParser.Parse(original.ExtractedText!, name).Body, document.Body);
    }

    [Theory]
    [InlineData("scan.pdf")]
    [InlineData("broken.pdf")]
    [InlineData("broken.docx")]
    public async Task Import_of_a_scanned_or_damaged_file_stores_nothing_and_says_why(string name)
    {
        await using var archive = await TempArchive.CreateAsync();
        var content = name == "scan.pdf" ? GeneratedFiles.ScannedPdf()
            : name.EndsWith(".pdf", StringComparison.Ordinal) ? GeneratedFiles.UnLetterPdf()[..400] : Encoding.ASCII.GetBytes("PK\u0003\u0004not a zip");
        var before = await archive.CountsAsync();

        var result = await archive.ImportAsync(name, content);

        Assert.Equal(ImportStatus.Failed, result.Status);
        Assert.Matches("no text layer|could not be read", result.Reason);
        Assert.Equal(before, await archive.CountsAsync());
    }

    [Fact]
    public async Task Import_of_the_same_pdf_again_is_a_duplicate_named_by_its_title()
    {
        await using var archive = await TempArchive.CreateAsync();
        var content = GeneratedFiles.UnLetterPdf();
        await archive.ImportAsync("letter.pdf", content);

        var again = await archive.ImportAsync("copy-of-letter.pdf", content);

        Assert.Equal(ImportStatus.Duplicate, again.Status);
        await using var db = archive.OpenDb();
        var title = await db.Documents.Select(d => d.Title).SingleAsync();
        Assert.Equal(title ?? "Untitled document", again.ExistingTitle);
        Assert.StartsWith("Already in the archive as", again.Reason);
    }

    [Fact]
    public async Task FolderImport_reads_pdf_docx_and_html_beside_text_files()
    {
        await using var archive = await TempArchive.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("archive-formats-").FullName;
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "letter.pdf"), GeneratedFiles.UnLetterPdf());
            await File.WriteAllBytesAsync(Path.Combine(folder, "note.docx"), GeneratedFiles.MissionLetterDocx());
            await File.WriteAllBytesAsync(Path.Combine(folder, "statement.html"), GeneratedFiles.MissionWebPage());
            await File.WriteAllBytesAsync(Path.Combine(folder, "picture.png"), [0x89, 0x50, 0x4E, 0x47]);

            await using var db = archive.OpenDb();
            var results = await archive.Importer(db).ImportAsync(folder, "command line", null, CancellationToken.None);

            Assert.Equal(["letter.pdf", "note.docx", "statement.html"], results.Select(r => r.FileName));
            Assert.All(results, r => Assert.Equal(ImportStatus.Imported, r.Status));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Command_line_import_is_public_at_once_but_not_yet_reviewed()
    {
        await using var archive = await TempArchive.CreateAsync();

        await archive.ImportAsync("letter.pdf", GeneratedFiles.UnLetterPdf());

        await using var db = archive.OpenDb();
        var document = await db.Documents.SingleAsync();
        Assert.False(document.IsDraft);
        Assert.Null(document.ReviewedAt);
    }

    [Fact]
    public async Task Draft_is_hidden_by_the_global_filters_from_documents_and_every_linked_table()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using (var db = archive.OpenDb())
            await archive.Loader(db).ImportAsync(GeneratedFiles.UnLetterPdf(), "letter.pdf", "web upload", draft: true, CancellationToken.None);

        await using var read = archive.OpenDb();
        Assert.Equal(0, await read.Documents.CountAsync());
        Assert.Equal(0, await read.OriginalFiles.CountAsync());
        Assert.Equal(0, await read.DocumentSpeakers.CountAsync());
        Assert.Equal(0, await read.Set<DocumentOrgan>().CountAsync());
        Assert.Equal(0, await read.CitedSymbols.CountAsync());
        Assert.True(await read.Documents.IgnoreQueryFilters().AnyAsync(d => d.IsDraft));
    }
}
