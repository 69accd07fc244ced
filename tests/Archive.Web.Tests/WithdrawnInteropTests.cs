using System.Net;
using System.Xml.Linq;
using Archive.Core.Curation;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Archive.Web.Tests.OaiSchema;

namespace Archive.Web.Tests;

/// <summary>A withdrawn document leaves the API, feeds, sitemap and exports, and stays in OAI-PMH as a deleted record only.</summary>
public class WithdrawnInteropTests(WithdrawnLetterFactory factory) : IClassFixture<WithdrawnLetterFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Api_lists_four_documents_and_answers_410_for_the_withdrawn_one()
    {
        using var client = factory.CreateClient();

        using var list = await ApiTests.JsonAsync(client, "/api/v1/documents?limit=100");
        var withdrawn = await client.GetAsync("/api/v1/documents/" + factory.LetterSlug);

        Assert.Equal(4, list.RootElement.GetProperty("total").GetInt32());
        Assert.DoesNotContain(list.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == factory.LetterSlug);
        Assert.Equal(HttpStatusCode.Gone, withdrawn.StatusCode);
        Assert.Equal("application/problem+json", withdrawn.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oai_gives_the_withdrawn_document_as_a_deleted_record_without_metadata()
    {
        using var client = factory.CreateClient();
        var key = factory.LetterSlug[^12..];
        var identifier = "oai:statements-archive.local:" + key;

        var list = Valid(await client.GetStringAsync("/oai?verb=ListRecords&metadataPrefix=oai_dc"));
        var record = Valid(await client.GetStringAsync("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + identifier));

        var records = list.Descendants(OaiNs + "record").ToList();
        Assert.Equal(5, records.Count);
        var deleted = Assert.Single(records, r => r.Element(OaiNs + "header")!.Attribute("status")?.Value == "deleted");
        Assert.Equal(identifier, deleted.Element(OaiNs + "header")!.Element(OaiNs + "identifier")!.Value);
        Assert.Null(deleted.Element(OaiNs + "metadata"));
        var header = record.Descendants(OaiNs + "header").Single();
        Assert.Equal("deleted", header.Attribute("status")?.Value);
        Assert.Empty(record.Descendants(OaiNs + "metadata"));
        Assert.DoesNotContain("Yashar", record.ToString());
    }

    [Fact]
    public async Task Feeds_sitemap_and_exports_leave_it_out()
    {
        using var client = factory.CreateClient();

        var feed = XDocument.Parse(await client.GetStringAsync("/feed")).Root!;
        var agendaFeed = await client.GetStringAsync("/feed/speakers/yashar-aliyev");
        var sitemap = await client.GetStringAsync("/sitemaps/documents-1.xml");
        var export = await client.GetStringAsync("/search/export.jsonl?q=azerbaijan");

        Assert.Equal(4, feed.Elements(Atom + "entry").Count());
        Assert.DoesNotContain(factory.LetterSlug, feed.ToString());
        Assert.DoesNotContain(factory.LetterSlug, agendaFeed);
        Assert.DoesNotContain(factory.LetterSlug, sitemap);
        Assert.DoesNotContain(factory.LetterSlug, export);
    }
}

/// <summary>The OAI datestamp follows withdrawal and reinstatement, which leave no revision.</summary>
public class OaiDatestampTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Withdrawal_and_reinstatement_each_move_the_datestamp_so_harvesters_see_them()
    {
        string key;
        using (var scope = factory.Services.CreateScope())
            key = await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.OrderBy(d => d.Id).Select(d => d.Key).FirstAsync();
        var before = await DatestampAsync(key);
        await Task.Delay(1100);  // datestamps have whole seconds

        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DocumentEditor>().WithdrawAsync(key, "Test withdrawal", "ann@example.org", default);
        var (withdrawnAt, withdrawnStatus) = (await DatestampAsync(key), await StatusAsync(key));
        await Task.Delay(1100);
        using (var scope = factory.Services.CreateScope())
            await scope.ServiceProvider.GetRequiredService<DocumentEditor>().ReinstateAsync(key, "ann@example.org", default);
        var (reinstatedAt, reinstatedStatus) = (await DatestampAsync(key), await StatusAsync(key));

        Assert.True(withdrawnAt > before);
        Assert.Equal("deleted", withdrawnStatus);
        Assert.True(reinstatedAt > withdrawnAt);
        Assert.Null(reinstatedStatus);
        using var client = factory.CreateClient();
        var since = Valid(await client.GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + reinstatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")));
        Assert.Equal(["oai:statements-archive.local:" + key], since.Descendants(OaiNs + "identifier").Select(i => i.Value));
    }

    private async Task<XElement> HeaderAsync(string key)
    {
        using var client = factory.CreateClient();
        var xml = Valid(await client.GetStringAsync("/oai?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:statements-archive.local:" + key));
        return xml.Descendants(OaiNs + "header").Single();
    }

    private async Task<DateTimeOffset> DatestampAsync(string key) => DateTimeOffset.Parse((await HeaderAsync(key)).Element(OaiNs + "datestamp")!.Value, System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string?> StatusAsync(string key) => (await HeaderAsync(key)).Attribute("status")?.Value;
}
