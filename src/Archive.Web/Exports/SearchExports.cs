using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Citations;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search;
using Archive.Web.Api;
using Archive.Web.Pages;
using Archive.Web.Pages.Documents;
using Archive.Web.Pages.Search;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Exports;

/// <summary>
/// A whole search result as BibTeX, RIS, CSL-JSON, CSV or JSON Lines, in the search's order. Streamed: only the ids
/// are held, and documents are read and written a batch at a time, so exporting everything never loads everything.
/// </summary>
public static class SearchExports
{
    public static readonly string[] Formats = ["bib", "ris", "json", "csv", "jsonl"];
    private const int Batch = 200;

    /// <summary>"/search/export.csv?q=…": this search in <paramref name="format"/>, every page of it.</summary>
    public static string For(SearchParameters search, string format) => "/search/export." + format + search.Without("page")["/search".Length..];

    public static void MapArchiveExports(this WebApplication app) =>
        app.MapGet("/search/export.{format}", ExportAsync).RequireRateLimiting(ApiServices.RateLimitPolicy).ExcludeFromDescription();

    private static async Task<IResult> ExportAsync(HttpContext http, string format, ArchiveDb db, SearchService search, TimeProvider clock,
        ILoggerFactory logs, CancellationToken ct)
    {
        if (!Formats.Contains(format))
            return Problems.NotFound($"Exports come as {string.Join(", ", Formats)}; not as {format}.");
        var parameters = SearchParameters.From(http.Request.Query);
        if (parameters.Problems.Count > 0)
            return Problems.BadRequest(parameters.Problems[0], parameters.Problems);
        var (ids, errors) = await search.FindIdsAsync(parameters.ToRequest(), ct);
        if (errors.Count > 0)
            return Problems.BadRequest(errors[0], errors);
        logs.CreateLogger(typeof(SearchExports)).LogInformation("Exporting {Count} documents found by {Query} as {Format}", ids.Count, parameters.Query, format);
        var contentType = format switch
        {
            "bib" => "application/x-bibtex; charset=utf-8",
            "ris" => "application/x-research-info-systems; charset=utf-8",
            "json" => "application/vnd.citationstyles.csl+json; charset=utf-8",
            "csv" => "text/csv; charset=utf-8",
            _ => "application/jsonl; charset=utf-8",
        };
        return Results.Stream(async body =>
        {
            var documents = DocumentsAsync(db, ids, ct);
            string Url(Document d) => Canonical.Absolute(http.Request, "/documents/" + d.Slug);
            if (format == "csv")
            {
                // Cells a spreadsheet would run as formulas (=, +, -, @) are escaped.
                await using var csv = CsvWriter.Create(body, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
                await csv.WriteRecordsAsync(Rows(documents, Url), ct);
                await csv.FlushAsync(ct);
                return;
            }
            var first = true;
            if (format == "json")
                await WriteAsync(body, "[\n", ct);
            await foreach (var document in documents)
            {
                var source = CitationLoader.SourceOf(document, Url(document), clock);
                var text = format switch
                {
                    "bib" => Citation.ToBibTex(source) + "\n",
                    "ris" => Citation.ToRis(source) + "\r\n",
                    // Each document's CSL-JSON is an array of one item; the export is one array of them all.
                    "json" => (first ? "" : ",\n") + JsonNode.Parse(Citation.ToCslJson(source))!.AsArray()[0]!.ToJsonString(Pretty),
                    _ => JsonSerializer.Serialize(ExportRow.Of(document, Url(document)), Conditional.Options) + "\n",
                };
                await WriteAsync(body, text, ct);
                first = false;
            }
            if (format == "json")
                await WriteAsync(body, "\n]\n", ct);
        }, contentType, "search-export." + format);
    }

    /// <summary>The documents of <paramref name="ids"/> in that order, read <see cref="Batch"/> at a time; the filters drop any not public.</summary>
    private static async IAsyncEnumerable<Document> DocumentsAsync(ArchiveDb db, IReadOnlyList<int> ids,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var start = 0; start < ids.Count; start += Batch)
        {
            var chunk = ids.Skip(start).Take(Batch).ToList();
            var found = (await db.Documents.AsNoTracking().AsSplitQuery().Where(d => chunk.Contains(d.Id))
                    .Include(d => d.Organs).ThenInclude(o => o.Organ).Include(d => d.Speakers)
                    .ToListAsync(ct)).ToDictionary(d => d.Id);
            foreach (var id in chunk.Where(found.ContainsKey))
                yield return found[id];
        }
    }

    private static async IAsyncEnumerable<ExportRow> Rows(IAsyncEnumerable<Document> documents, Func<Document, string> url)
    {
        await foreach (var document in documents)
            yield return ExportRow.Of(document, url(document));
    }

    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Task WriteAsync(Stream body, string text, CancellationToken ct) => body.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();
}
