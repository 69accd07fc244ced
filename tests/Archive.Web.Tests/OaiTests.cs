using System.Net;
using System.Xml.Linq;
using static Archive.Web.Tests.OaiSchema;

namespace Archive.Web.Tests;

/// <summary>OAI-PMH 2.0 at /oai: every verb and every error, each response checked against the protocol's schemas.</summary>
public class OaiTests(OaiTests.Factory factory) : IClassFixture<OaiTests.Factory>
{
    /// <summary>Two records a page, so the five seeds take three pages and two resumption tokens.</summary>
    public sealed class Factory : ArchiveWebFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Archive:Oai:PageSize", "2");
        }
    }

    [Fact]
    public void Schemas_refuse_a_response_that_breaks_the_protocol()
    {
        var bad = """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate>
            <request>http://x/oai</request><error code="somethingElse">no</error></OAI-PMH>
            """;
        var noDate = """
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2026-01-01T00:00:00Z</responseDate>
            <request>http://x/oai</request><GetRecord><record><header><identifier>oai:a:b</identifier></header></record></GetRecord></OAI-PMH>
            """;

        Assert.NotEmpty(Problems(bad));
        Assert.NotEmpty(Problems(noDate));
    }

    [Fact]
    public async Task Identify_describes_the_repository()
    {
        var xml = Valid(await GetAsync("?verb=Identify"));

        var identify = xml.Root!.Element(OaiNs + "Identify")!;
        Assert.Equal("Statements Archive", identify.Element(OaiNs + "repositoryName")!.Value);
        Assert.EndsWith("/oai", identify.Element(OaiNs + "baseURL")!.Value);
        Assert.Equal("persistent", identify.Element(OaiNs + "deletedRecord")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(OaiNs + "granularity")!.Value);
        Assert.Equal("Identify", xml.Root.Element(OaiNs + "request")!.Attribute("verb")!.Value);
    }

    [Fact]
    public async Task ListMetadataFormats_offers_oai_dc_for_the_repository_and_for_one_item()
    {
        var identifier = (await IdentifiersAsync())[0];

        var all = Valid(await GetAsync("?verb=ListMetadataFormats"));
        var one = Valid(await GetAsync("?verb=ListMetadataFormats&identifier=" + Uri.EscapeDataString(identifier)));

        Assert.Equal(["oai_dc"], all.Descendants(OaiNs + "metadataPrefix").Select(e => e.Value));
        Assert.Equal(["oai_dc"], one.Descendants(OaiNs + "metadataPrefix").Select(e => e.Value));
    }

    [Fact]
    public async Task ListSets_lists_organs_and_kinds_as_a_hierarchy()
    {
        var xml = Valid(await GetAsync("?verb=ListSets"));

        var specs = xml.Descendants(OaiNs + "setSpec").Select(e => e.Value).ToList();
        Assert.Contains("organ", specs);
        Assert.Contains("organ:general-assembly", specs);
        Assert.Contains("kind", specs);
        Assert.Contains("kind:statement", specs);
    }

    [Fact]
    public async Task ListRecords_pages_by_resumption_token_through_every_document_once_with_dublin_core()
    {
        var identifiers = new List<string>();
        var url = "?verb=ListRecords&metadataPrefix=oai_dc";
        var pages = 0;
        while (true)
        {
            var xml = Valid(await GetAsync(url));
            pages++;
            var records = xml.Descendants(OaiNs + "record").ToList();
            Assert.InRange(records.Count, 1, 2);
            Assert.All(records, r => Assert.Contains(r.Descendants(Dc + "title"), t => t.Value.Length > 0));
            identifiers.AddRange(records.Select(r => r.Element(OaiNs + "header")!.Element(OaiNs + "identifier")!.Value));
            var token = xml.Descendants(OaiNs + "resumptionToken").SingleOrDefault();
            if (token is null || token.Value.Length == 0)
            {
                if (pages > 1)
                    Assert.Equal("5", token!.Attribute("completeListSize")!.Value);
                break;
            }
            Assert.Equal("5", token.Attribute("completeListSize")!.Value);
            Assert.Equal(((pages - 1) * 2).ToString(), token.Attribute("cursor")!.Value);
            url = "?verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token.Value);
        }

        Assert.Equal(3, pages);
        Assert.Equal(5, identifiers.Distinct().Count());
        Assert.All(identifiers, i => Assert.Matches("^oai:statements-archive.local:[0-9a-f]{12}$", i));
    }

    [Fact]
    public async Task ListIdentifiers_by_set_gives_the_set_members_only()
    {
        var statements = await IdentifiersAsync("&set=kind:statement");
        var notes = await IdentifiersAsync("&set=kind:note-verbale");
        var assembly = await IdentifiersAsync("&set=organ:general-assembly");
        var everything = await IdentifiersAsync("&set=kind");

        Assert.Equal(2, statements.Count);
        Assert.Single(notes);
        Assert.Empty(statements.Intersect(notes));
        Assert.Equal(5, everything.Count);
        Assert.InRange(assembly.Count, 1, 4);
    }

    [Fact]
    public async Task From_and_until_select_by_the_datestamp_of_the_last_change()
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        Assert.Equal(5, (await IdentifiersAsync("&from=" + today)).Count);
        Assert.Equal(5, (await IdentifiersAsync("&until=" + today)).Count);
        Assert.Equal(5, (await IdentifiersAsync($"&from={today}T00:00:00Z&until={tomorrow}T00:00:00Z")).Count);
        Assert.Equal("noRecordsMatch", await ErrorAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + tomorrow));
        Assert.Equal("noRecordsMatch", await ErrorAsync("?verb=ListRecords&metadataPrefix=oai_dc&until=1990-01-01"));
        Assert.Equal("noRecordsMatch", await ErrorAsync("?verb=ListRecords&metadataPrefix=oai_dc&set=organ:no-such-organ"));
    }

    [Fact]
    public async Task GetRecord_gives_one_document_in_dublin_core_with_its_permalink()
    {
        var identifier = (await IdentifiersAsync("&set=kind:note-verbale")).Single();

        var xml = Valid(await GetAsync("?verb=GetRecord&metadataPrefix=oai_dc&identifier=" + Uri.EscapeDataString(identifier)));

        var record = xml.Descendants(OaiNs + "record").Single();
        Assert.Null(record.Element(OaiNs + "header")!.Attribute("status"));
        Assert.Contains(record.Descendants(Dc + "type"), t => t.Value == "note verbale");
        var permalink = record.Descendants(Dc + "identifier").First().Value;
        Assert.Contains("/documents/", permalink);
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(permalink).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Post_carries_the_same_arguments_as_get()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/oai", new FormUrlEncodedContent(new Dictionary<string, string> { ["verb"] = "ListIdentifiers", ["metadataPrefix"] = "oai_dc" }));

        var xml = Valid(await response.Content.ReadAsStringAsync());
        Assert.Equal(2, xml.Descendants(OaiNs + "header").Count());
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("?verb=Nothing", "badVerb")]
    [InlineData("?verb=Identify&verb=ListSets", "badVerb")]
    [InlineData("?verb=Identify&extra=1", "badArgument")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("?verb=GetRecord&identifier=oai:statements-archive.local:000000000000", "badArgument")]
    [InlineData("?verb=ListRecords", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=2020-01-01&until=2021-01-01T00:00:00Z", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&from=2021-01-01&until=2020-01-01", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=oai_dc&until=2020-13-45", "badArgument")]
    [InlineData("?verb=ListIdentifiers&resumptionToken=abc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("?verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("?verb=GetRecord&metadataPrefix=marc21&identifier=oai:statements-archive.local:000000000000", "cannotDisseminateFormat")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc&identifier=oai:statements-archive.local:000000000000", "idDoesNotExist")]
    [InlineData("?verb=GetRecord&metadataPrefix=oai_dc&identifier=not-an-identifier", "idDoesNotExist")]
    [InlineData("?verb=ListMetadataFormats&identifier=oai:elsewhere:1", "idDoesNotExist")]
    [InlineData("?verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("?verb=ListSets&resumptionToken=anything", "badResumptionToken")]
    public async Task Each_protocol_error_is_answered_with_its_code_in_a_valid_response(string query, string code)
    {
        Assert.Equal(code, await ErrorAsync(query));
    }

    [Fact]
    public async Task A_token_given_for_one_verb_is_refused_for_another()
    {
        var xml = Valid(await GetAsync("?verb=ListIdentifiers&metadataPrefix=oai_dc"));
        var token = xml.Descendants(OaiNs + "resumptionToken").Single().Value;

        Assert.Equal("badResumptionToken", await ErrorAsync("?verb=ListRecords&resumptionToken=" + Uri.EscapeDataString(token)));
    }

    [Fact]
    public async Task After_badVerb_or_badArgument_the_request_element_echoes_no_arguments()
    {
        var xml = Valid(await GetAsync("?verb=ListRecords&bogus=1"));

        Assert.Empty(xml.Root!.Element(OaiNs + "request")!.Attributes());
    }

    private async Task<string> GetAsync(string query)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/oai" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> ErrorAsync(string query)
    {
        var xml = Valid(await GetAsync(query));
        return xml.Root!.Element(OaiNs + "error")?.Attribute("code")?.Value ?? "no error";
    }

    private async Task<List<string>> IdentifiersAsync(string arguments = "")
    {
        var identifiers = new List<string>();
        var url = "?verb=ListIdentifiers&metadataPrefix=oai_dc" + arguments;
        while (true)
        {
            var xml = Valid(await GetAsync(url));
            if (xml.Root!.Element(OaiNs + "error")?.Attribute("code")?.Value == "noRecordsMatch")
                return identifiers;
            identifiers.AddRange(xml.Descendants(OaiNs + "header").Select(h => h.Element(OaiNs + "identifier")!.Value));
            var token = xml.Descendants(OaiNs + "resumptionToken").SingleOrDefault()?.Value;
            if (string.IsNullOrEmpty(token))
                return identifiers;
            url = "?verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token);
        }
    }
}
