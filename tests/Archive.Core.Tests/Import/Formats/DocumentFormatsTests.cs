using System.Text;
using Archive.Core.Import.Formats;
using Archive.Tests.Shared;

namespace Archive.Core.Tests.Import.Formats;

public class DocumentFormatsTests
{
    private static string Text(byte[] content, string name)
    {
        var (result, _) = DocumentFormats.Extract(content, name);
        Assert.True(result.Text is not null, result.Error);
        return result.Text!;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);

    [Fact]
    public void Pdf_letter_keeps_its_masthead_and_body_and_joins_both_pages()
    {
        var text = Text(GeneratedFiles.UnLetterPdf(), "letter.pdf");

        Assert.StartsWith("United Nations A/74/567", text);
        Assert.Contains(GeneratedFiles.LetterOpening, text);
        Assert.Contains("circulated as a document of the General\nAssembly, under agenda item 70.", text);
        Assert.Contains("(Signed) Yashar Aliyev\nPermanent Representative", text);
    }

    [Fact]
    public void Pdf_letter_drops_job_numbers_barcode_page_numbers_and_the_running_header()
    {
        var text = Text(GeneratedFiles.UnLetterPdf(), "letter.pdf");

        Assert.DoesNotContain("19-20593", text);
        Assert.DoesNotContain("*1920593*", text);
        Assert.DoesNotContain("2/2", text);
        // The symbol stays where page 1 prints it; page 2's running header repeats it and goes.
        Assert.True(Lines(text).Count(l => l.Contains("A/74/567", StringComparison.Ordinal)) == 1, text);
    }

    [Fact]
    public void Pdf_words_broken_at_line_ends_are_joined()
    {
        var text = Text(GeneratedFiles.UnLetterPdf(), "letter.pdf");

        Assert.Contains("independence", text);
        Assert.Contains("international community", text.Replace('\n', ' '));
        Assert.DoesNotContain("interna-", text);
        // A hyphen that belongs to the word stays.
        Assert.Contains("seventy-first", text);
    }

    [Fact]
    public void Pdf_blank_space_between_lines_separates_paragraphs()
    {
        var text = Text(GeneratedFiles.UnLetterPdf(), "letter.pdf");

        Assert.Contains("\n\n" + GeneratedFiles.LetterOpening + "\n\n", text);
    }

    [Fact]
    public void Pdf_running_footer_and_page_of_pages_numbers_leave_every_page_but_the_body_stays()
    {
        var text = Text(GeneratedFiles.GenevaStatementPdf(), "statement.pdf");

        Assert.DoesNotContain("Page 1 of 3", text);
        Assert.DoesNotContain("Page 3 of 3", text);
        Assert.DoesNotContain("Permanent Mission of Azerbaijan - Geneva", text);
        Assert.DoesNotContain("GE.21-08237", text);
        Assert.Single(Lines(text), l => l == "Human Rights Council, forty-sixth session");
        Assert.Contains("special\nprocedures of the Council.", text);
        Assert.EndsWith("I thank you, Madam President.\n", text);
    }

    [Fact]
    public void Pdf_without_a_text_layer_is_refused_as_scanned()
    {
        var (result, mediaType) = DocumentFormats.Extract(GeneratedFiles.ScannedPdf(), "scan.pdf");

        Assert.Null(result.Text);
        Assert.Contains("no text layer", result.Error);
        Assert.Contains("scanned", result.Error);
        Assert.Equal("application/pdf", mediaType);
    }

    [Theory]
    [InlineData("broken.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntruncated", "The PDF could not be read")]
    [InlineData("letter.pdf", "Letter dated 26 November 2019, saved as text but named .pdf", "named .pdf but is not a PDF")]
    [InlineData("broken.docx", "PK\u0003\u0004 this is not a zip archive at all", "The Word file could not be read")]
    [InlineData("letter.docx", "Plain text named as a Word file, which it is not", "named .docx but is not a Word document")]
    public void Damaged_or_misnamed_file_gives_a_clear_error(string name, string content, string error)
    {
        var (result, _) = DocumentFormats.Extract(Encoding.UTF8.GetBytes(content), name);

        Assert.Null(result.Text);
        Assert.Contains(error, result.Error);
    }

    [Fact]
    public void Pdf_named_txt_is_still_read_as_a_pdf()
    {
        var (result, mediaType) = DocumentFormats.Extract(GeneratedFiles.UnLetterPdf(), "letter.txt");

        Assert.Equal("application/pdf", mediaType);
        Assert.Contains(GeneratedFiles.LetterOpening, result.Text);
    }

    [Fact]
    public void Docx_gives_paragraphs_in_order_and_the_signature_table_cell_by_cell_without_the_page_header()
    {
        var (result, mediaType) = DocumentFormats.Extract(GeneratedFiles.MissionLetterDocx(), "note.docx");
        var text = result.Text!;

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", mediaType);
        Assert.StartsWith("PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN TO THE UNITED NATIONS\n\nNo. 4255/19\n\n", text);
        Assert.Contains("\n\nNew York, 26 November 2019\n\nYashar Aliyev\nAmbassador, Permanent Representative\n", text);
        Assert.DoesNotContain("CONFIDENTIAL DRAFT HEADER", text);
    }

    [Fact]
    public void Html_keeps_the_article_and_drops_menus_share_buttons_cookies_scripts_and_footers()
    {
        var (result, mediaType) = DocumentFormats.Extract(GeneratedFiles.MissionWebPage(), "statement.html");
        var text = result.Text!;

        Assert.Equal("text/html", mediaType);
        Assert.StartsWith("Statement by Ambassador Yashar Aliyev at the Sixth Committee\n\n12 October 2021\n\nMr. Chair,\n\n", text);
        Assert.Contains(GeneratedFiles.WebStatementSentence, text);
        foreach (var noise in new[] { "News and events", "Contact us", "Share on Facebook", "Tweet this", "cookies", "analytics-code",
                     "injected", "Copyright", "Latest news", "Tags:", "Statements", "font-family" })
            Assert.DoesNotContain(noise, text);
    }

    [Fact]
    public void Html_page_without_main_or_article_reads_the_body_without_its_navigation()
    {
        var page = "<html><body><nav>Home | About</nav><h1>Note verbale</h1><p>The Permanent Mission presents its compliments.</p></body></html>";

        var text = Text(Encoding.UTF8.GetBytes(page), "note.htm");

        Assert.Equal("Note verbale\n\nThe Permanent Mission presents its compliments.\n", text);
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.MD", true)]
    [InlineData("a.pdf", true)]
    [InlineData("a.docx", true)]
    [InlineData("a.html", true)]
    [InlineData("a.htm", true)]
    [InlineData("a.doc", false)]
    [InlineData("a.png", false)]
    public void IsAccepted_names_the_formats_the_archive_reads(string name, bool accepted) =>
        Assert.Equal(accepted, DocumentFormats.IsAccepted(name));
}
