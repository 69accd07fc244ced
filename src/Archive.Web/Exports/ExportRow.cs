using System.Globalization;
using Archive.Core.Documents;
using CsvHelper;

namespace Archive.Web.Exports;

/// <summary>One document as a flat row of a CSV or JSON Lines export: what a spreadsheet or a script needs to find and cite it.</summary>
[CsvRecord]
public sealed partial record ExportRow(string Slug, string Url, string Title, string Kind, string? Date, string? Symbol, string Speakers,
    string? Mission, string? Organ, string? Event, string? Place, string? Language, string? ReferenceNumber)
{
    public static ExportRow Of(Document d, string url) => new(
        d.Slug, url, d.Title ?? "Untitled document", DocumentKinds.Label(d.Kind), d.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Symbol,
        string.Join("; ", d.Speakers.OrderBy(s => s.Position).Select(s => s.SpellingUsed)), d.Country ?? d.Author,
        d.Organs.OrderBy(o => o.Position).Select(o => o.Organ.Name).FirstOrDefault(), d.Event, d.Place, d.Language, d.ReferenceNumber);
}
