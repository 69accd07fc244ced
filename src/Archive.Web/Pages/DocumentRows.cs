using System.Linq.Expressions;
using Archive.Core.Documents;

namespace Archive.Web.Pages;

public static class DocumentRows
{
    /// <summary>The list row of a document, projected in SQL: title, kind, main date, first speaker or the author.</summary>
    public static readonly Expression<Func<Document, DocumentRow>> Projection = d => new DocumentRow(
        d.Slug, d.Title ?? "Untitled document", d.Kind, d.Date,
        d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed).FirstOrDefault(), d.Author);
}
