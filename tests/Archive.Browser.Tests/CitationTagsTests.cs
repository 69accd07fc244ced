using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// A document page read in chromium the way Zotero's Embedded Metadata translator reads it: meta names split at the
/// first ".", "_" or ":" into a prefix and a field, Highwire "citation" fields mapped to a Zotero item, Dublin Core
/// read through the schema.DC link, the item type a report when an institution or report number is given.
/// </summary>
[Trait("Category", "Browser")]
public class CitationTagsTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    private const string ReadLikeZotero = """
        () => {
          const item = { itemType: 'webpage', creators: [], dc: {} };
          const schemas = {};
          for (const link of document.querySelectorAll('link[rel^="schema."]')) schemas[link.rel.slice(7).toLowerCase()] = link.href;
          for (const meta of document.head.querySelectorAll('meta[name]')) {
            const name = meta.getAttribute('name');
            const cut = name.search(/[._:]/);
            if (cut < 0) continue;
            const prefix = name.slice(0, cut).toLowerCase(), field = name.slice(cut + 1), value = meta.getAttribute('content').trim();
            if (prefix === 'citation') {
              switch (field) {
                case 'title': item.title = value; break;
                case 'author': {
                  const parts = value.includes(',') ? value.split(',').map(p => p.trim()).reverse() : [value.split(' ').slice(0, -1).join(' '), value.split(' ').slice(-1)[0]];
                  item.creators.push({ firstName: parts[0], lastName: parts[1], creatorType: 'author' });
                  break;
                }
                case 'publication_date': case 'date': item.date = item.date || value; break;
                case 'publisher': item.publisher = value; break;
                case 'technical_report_number': item.reportNumber = value; item.itemType = 'report'; break;
                case 'technical_report_institution': item.institution = value; item.itemType = 'report'; break;
                case 'language': item.language = value; break;
                case 'abstract_html_url': case 'fulltext_html_url': item.url = item.url || value; break;
              }
            } else if (schemas[prefix] === 'http://purl.org/dc/elements/1.1/') {
              (item.dc[field.toLowerCase()] ||= []).push(value);
            }
          }
          return JSON.stringify(item);
        }
        """;

    [Fact]
    public async Task Zotero_reads_a_statement_as_a_report_with_its_title_speaker_date_and_permalink()
    {
        var page = await server.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) cspErrors.Add(message.Text); };
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync("000_1c78345fd241136f.txt"));

        var item = await ReadAsync(page);

        Assert.Equal("report", item.ItemType);
        Assert.Equal((await page.Locator("[data-test=title]").InnerTextAsync()).Trim(), item.Title);
        var speaker = (await page.Locator("[data-test=speaker-name]").First.InnerTextAsync()).Trim();
        Assert.Equal(speaker, item.Creators[0].FirstName + " " + item.Creators[0].LastName);
        var date = await page.Locator("[data-test=date] time").GetAttributeAsync("datetime");
        Assert.Equal(date!.Replace('-', '/'), item.Date);
        Assert.Equal(page.Url, item.Url);
        Assert.Equal([item.Title!], item.Dc["title"]);
        Assert.Contains(page.Url, item.Dc["identifier"]);
        Assert.Empty(cspErrors);
    }

    [Fact]
    public async Task Zotero_reads_a_un_document_symbol_as_the_report_number()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Archive.Web.Tests.ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Core.Tests", "Documents", "letter_agenda_68b.txt"));
        var permalink = await server.ImportAsync("letter_agenda_68b.txt", text);
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + permalink);

        var item = await ReadAsync(page);

        Assert.Equal("report", item.ItemType);
        Assert.Equal("A/75/612", item.ReportNumber);
        Assert.Contains("A/75/612", item.Dc["identifier"]);
    }

    private static async Task<ZoteroItem> ReadAsync(IPage page) =>
        System.Text.Json.JsonSerializer.Deserialize<ZoteroItem>(await page.EvaluateAsync<string>(ReadLikeZotero),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    public sealed record ZoteroCreator(string FirstName, string LastName, string CreatorType);

    public sealed record ZoteroItem(string ItemType, string? Title, List<ZoteroCreator> Creators, string? Date, string? Publisher,
        string? ReportNumber, string? Institution, string? Language, string? Url, Dictionary<string, List<string>> Dc);
}
