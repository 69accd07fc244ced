using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Core.Import.Formats;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Curation;

/// <summary>
/// What the importer read from a stored document, read again from the text kept beside its original: the parser is
/// pure and fast, so the review page shows the evidence of today's parser without the store keeping a copy of it.
/// </summary>
public static class ImporterReading
{
    /// <summary>The parse of the document's extracted text; null when it has no original (never for imported documents).</summary>
    public static async Task<ParsedDocument?> ReparseAsync(this ArchiveDb db, int documentId, CancellationToken ct)
    {
        var original = await db.OriginalFiles.IgnoreQueryFilters().AsNoTracking().Where(o => o.DocumentId == documentId)
            .Select(o => new { o.Id, o.FileName, o.ExtractedText }).FirstOrDefaultAsync(ct);
        if (original is null)
            return null;
        var text = original.ExtractedText;
        if (text is null)
        {
            // Stored before the extracted text was kept: a text file, decoded again.
            var content = await db.OriginalFiles.IgnoreQueryFilters().Where(o => o.Id == original.Id).Select(o => o.Content).FirstAsync(ct);
            text = DocumentFormats.Extract(content, original.FileName).Result.Text;
        }
        return text is null ? null : DocumentParser.Parse(text, original.FileName);
    }
}
