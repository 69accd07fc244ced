using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Citations;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Html;

namespace Archive.Web.Discovery;

/// <summary>
/// What a document page tells reference managers and search engines in its head: Highwire Press <c>citation_*</c> tags
/// (which Zotero's Embedded Metadata translator and Google Scholar read), Dublin Core tags, and schema.org JSON-LD.
/// </summary>
public sealed record DocumentMetadata(IReadOnlyList<(string Name, string Content)> Tags, IHtmlContent JsonLd)
{
    public static DocumentMetadata Of(Document d, CitationSource cite, string originalUrl, string? originalFileName)
    {
        var tags = new List<(string, string)>();
        void Add(string name, string? content)
        {
            if (!string.IsNullOrWhiteSpace(content))
                tags.Add((name, content.Trim()));
        }
        var people = cite.People;
        Add("citation_title", cite.Title);
        foreach (var person in people)
            Add("citation_author", person);
        // The issuing mission or body. With the report number it makes Zotero file the document as a report, the nearest of
        // its types to a UN document or a mission's statement.
        Add("citation_technical_report_institution", cite.Body ?? cite.Publisher ?? Citation.ArchiveName);
        Add("citation_date", cite.Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Add("citation_publication_date", cite.Date?.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Add("citation_publisher", cite.Publisher ?? cite.Body ?? Citation.ArchiveName);
        // The UN symbol is the document's number, as a report's is; a note verbale's reference number stands in for it.
        Add("citation_technical_report_number", cite.Symbol ?? cite.ReferenceNumber);
        Add("citation_language", cite.Language is null ? null : Citation.LanguageTag(cite.Language));
        Add("citation_abstract_html_url", cite.Url);
        Add("citation_fulltext_html_url", cite.Url);
        if (originalFileName?.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) == true)
            Add("citation_pdf_url", originalUrl);

        Add("DC.title", cite.Title);
        foreach (var person in people)
            Add("DC.creator", person);
        if (people.Count == 0)
            Add("DC.creator", cite.Body);
        Add("DC.date", cite.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("DC.type", "Text");
        Add("DC.type", DocumentKinds.Label(d.Kind));
        Add("DC.publisher", cite.Publisher ?? Citation.ArchiveName);
        Add("DC.identifier", cite.Url);
        Add("DC.identifier", cite.Symbol);
        Add("DC.language", cite.Language is null ? null : Citation.LanguageTag(cite.Language));
        Add("DC.coverage", cite.Place);
        Add("DC.source", originalUrl);

        var ld = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Report",
            ["@id"] = cite.Url,
            ["url"] = cite.Url,
            ["name"] = cite.Title,
            ["headline"] = cite.Title.Length > 110 ? cite.Title[..109] + "…" : cite.Title,
            ["genre"] = DocumentKinds.Label(d.Kind),
            ["isAccessibleForFree"] = true,
        };
        if (people.Count > 0)
            ld["author"] = new JsonArray([.. people.Select(p => new JsonObject { ["@type"] = "Person", ["name"] = p })]);
        else if (cite.Body is { } body)
            ld["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = body };
        if (cite.Date is { } date)
            ld["datePublished"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if ((cite.Symbol ?? cite.ReferenceNumber) is { } number)
            ld["reportNumber"] = number;
        if (cite.Publisher is { } publisher)
            ld["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher };
        if (cite.Language is { } language)
            ld["inLanguage"] = Citation.LanguageTag(language);
        if (cite.Place is { } place)
            ld["spatialCoverage"] = place;
        if (cite.Event is { } occasion)
            ld["recordedAt"] = new JsonObject { ["@type"] = "Event", ["name"] = occasion };
        ld["includedInDataCatalog"] = new JsonObject { ["@type"] = "DataCatalog", ["name"] = Citation.ArchiveName };
        ld["associatedMedia"] = new JsonObject { ["@type"] = "MediaObject", ["contentUrl"] = originalUrl, ["encodingFormat"] = "text/plain" };
        // The default encoder writes <, > and & as \u escapes, so no stored text can close the script element.
        return new DocumentMetadata(tags, new HtmlString(ld.ToJsonString(new JsonSerializerOptions { WriteIndented = false })));
    }
}
