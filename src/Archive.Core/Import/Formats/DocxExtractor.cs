using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Archive.Core.Import.Formats;

/// <summary>
/// Word files from missions: the body's paragraphs in order, one paragraph each, and tables (a letter's signature
/// block is often one) cell by cell. Page headers and footers are left out: they repeat on every page.
/// </summary>
public sealed class DocxExtractor : IFormatExtractor
{
    public string MediaType => "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public IReadOnlyList<string> Extensions { get; } = [".docx"];
    public string? SignedAs => "Word document";
    public bool HasSignature(ReadOnlySpan<byte> head) => head.StartsWith("PK\u0003\u0004"u8);

    public Extraction Extract(byte[] content)
    {
        var blocks = new List<string>();
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is null)
                return Extraction.Failed("The file is a ZIP archive but not a Word document (it has no document body).");
            foreach (var element in body.ChildElements)
                AddBlock(element, blocks);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException
            or InvalidOperationException or System.Xml.XmlException or ArgumentException or FormatException)
        {
            return Extraction.Failed($"The Word file could not be read; it is damaged or not a .docx ({ex.Message}).");
        }
        var text = string.Join("\n\n", blocks.Where(b => b.Length > 0));
        return text.Length == 0 ? Extraction.Failed("The Word document contains no text.") : Extraction.Of(text + "\n");
    }

    private static void AddBlock(OpenXmlElement element, List<string> blocks)
    {
        switch (element)
        {
            case Paragraph paragraph:
                blocks.Add(TextOf(paragraph));
                break;
            case Table table:
                // Each cell is a block: a two-column signature table reads as one signatory after the other.
                foreach (var cell in table.Descendants<TableCell>())
                    blocks.Add(string.Join('\n', cell.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0)));
                break;
            case SdtBlock content:
                foreach (var child in content.SdtContentBlock?.ChildElements ?? [])
                    AddBlock(child, blocks);
                break;
        }
    }

    private static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
                case Break or CarriageReturn:
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString().Trim();
    }
}
