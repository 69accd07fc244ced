using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Archive.Tests.Shared;

/// <summary>
/// Files in the formats archivists receive, written by the tests themselves: a UN letter as a two-page PDF with its
/// running header, page numbers and job number, a scanned-like PDF with no text, a mission's Word letter with a
/// signature table, and a mission's web page wrapped in menus, share buttons and a footer.
/// </summary>
public static class GeneratedFiles
{
    public const string LetterOpening = "Letter dated 26 November 2019 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General";

    /// <summary>The two-page letter as the UN's document system prints it.</summary>
    public static byte[] UnLetterPdf() => Pdf(
    [
        [
            "United Nations A/74/567",
            "General Assembly Distr.: General",
            "27 November 2019",
            "Original: English",
            "",
            "Seventy-fourth session",
            "Agenda item 70",
            "Promotion and protection of human rights",
            "",
            LetterOpening,
            "",
            "I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs of the Republic of",
            "Azerbaijan on the seventy-first anniversary of the Convention on the Prevention and Punishment of the Crime",
            "of Genocide, one of the first instruments to which Azerbaijan acceded after the restoration of its indepen-",
            "dence and its admission to the United Nations.",
            "",
            "We believe that universal ratification of the Convention would represent an important commitment of the",
            "interna-",
            "tional community to the eradication of the crime of genocide.",
            "",
            "19-20593 (E) 271119 281119",
            "*1920593*",
        ],
        [
            "A/74/567",
            "2/2 19-20593",
            "",
            "I should be grateful if the present letter and its annex could be circulated as a document of the General",
            "Assembly, under agenda item 70.",
            "",
            "(Signed) Yashar Aliyev",
            "Permanent Representative",
            "",
            "2/2 19-20593",
        ],
    ]);

    /// <summary>A three-page statement from Geneva with a running header and footer on every page and a Geneva job number.</summary>
    public static byte[] GenevaStatementPdf() => Pdf(
    [
        [
            "Statement by the delegation of Azerbaijan",
            "Human Rights Council, forty-sixth session",
            "",
            "Madam President, Azerbaijan welcomes the report of the High Commissioner and thanks the Office for its",
            "work in difficult times.",
            "",
            "Permanent Mission of Azerbaijan - Geneva",
            "Page 1 of 3",
        ],
        [
            "Human Rights Council, forty-sixth session",
            "",
            "We remain committed to the universal periodic review and to constructive cooperation with the special",
            "procedures of the Council.",
            "",
            "Permanent Mission of Azerbaijan - Geneva",
            "Page 2 of 3",
        ],
        [
            "Human Rights Council, forty-sixth session",
            "",
            "I thank you, Madam President.",
            "",
            "GE.21-08237(E)",
            "Permanent Mission of Azerbaijan - Geneva",
            "Page 3 of 3",
        ],
    ]);

    /// <summary>Pages of lines in Helvetica 11 pt; an empty line leaves a blank line's space, as paragraphs are printed.</summary>
    public static byte[] Pdf(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            var y = 800.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                    page.AddText(line, 11, new PdfPoint(56, y), font);
                y -= 14;
            }
        }
        return builder.Build();
    }

    /// <summary>A "scanned" PDF: two pages holding only an image and a drawn frame, no text layer at all.</summary>
    public static byte[] ScannedPdf()
    {
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
        {
            var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddPng(png, new PdfRectangle(56, 100, 540, 780));
            page.DrawRectangle(new PdfPoint(50, 90), 500, 700);
        }
        return builder.Build();
    }

    /// <summary>A mission's note verbale in Word, its signature block a two-column table, with a page header to leave out.</summary>
    public static byte[] MissionLetterDocx()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("CONFIDENTIAL DRAFT HEADER"));
            main.Document = new Document(new Body(
                Para("PERMANENT MISSION OF THE REPUBLIC OF AZERBAIJAN TO THE UNITED NATIONS"),
                Para("No. 4255/19"),
                Para("The Permanent Mission of the Republic of Azerbaijan to the United Nations presents its compliments to the Secretary-General of the United Nations and has the honour to transmit the statement of the Ministry of Foreign Affairs."),
                Para("The Permanent Mission avails itself of this opportunity to renew to the Secretary-General the assurances of its highest consideration."),
                new Table(new TableRow(
                    new TableCell(Para("New York, 26 November 2019")),
                    new TableCell(Para("Yashar Aliyev"), Para("Ambassador, Permanent Representative"))))));
        }
        return stream.ToArray();
    }

    private static Paragraph Para(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public const string WebStatementSentence = "Azerbaijan reaffirms its full commitment to the purposes and principles of the Charter of the United Nations.";

    /// <summary>A statement on a mission's site: menus, breadcrumbs, share buttons, a cookie notice, scripts and a footer around it.</summary>
    public static byte[] MissionWebPage() => System.Text.Encoding.UTF8.GetBytes($$"""
        <!DOCTYPE html>
        <html lang="en"><head><title>Statement | Permanent Mission</title>
        <style>body { font-family: sans-serif }</style><script>var tracker = "analytics-code";</script></head>
        <body>
          <header class="site-header"><a href="/">Permanent Mission of Azerbaijan</a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News and events</a></li><li><a href="/contact">Contact us</a></li></ul></nav></header>
          <div class="breadcrumbs"><a href="/">Home</a> / <a href="/statements">Statements</a></div>
          <main>
            <article>
              <header><h1>Statement by Ambassador Yashar Aliyev at the Sixth Committee</h1><p class="date">12 October 2021</p></header>
              <p>Mr. Chair,</p>
              <p>{{WebStatementSentence}}</p>
              <p>We thank the Secretary-General for his report on measures to eliminate international terrorism.</p>
              <div class="share-buttons"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://twitter.com/share">Tweet this</a></div>
              <footer class="entry-footer">Tags: terrorism, Sixth Committee</footer>
            </article>
          </main>
          <aside class="sidebar"><h2>Latest news</h2><p>Reception on National Day</p></aside>
          <div id="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
          <footer><p>Copyright 2021 Permanent Mission. All rights reserved.</p><p>Follow us on social media</p></footer>
          <script>document.write("injected");</script>
        </body></html>
        """);
}
