using System.Text.Json;
using Archive.Core.Citations;
using Archive.Core.Documents;

namespace Archive.Core.Tests.Citations;

public class CitationTests
{
    private static readonly CitationSource Statement = new(
        Key: "ebc4974a1b2c",
        Title: "Statement by Tofiq F. Musayev at the informal interactive dialogue on the responsibility to protect",
        Kind: DocumentKind.Statement,
        People: ["Tofiq F. Musayev"],
        Body: "Permanent Mission of the Republic of Azerbaijan to the United Nations, New York",
        Organ: "General Assembly",
        Event: "Informal interactive dialogue on the responsibility to protect",
        Date: new DateOnly(2017, 9, 6),
        Symbol: null,
        Publisher: null,
        Place: null,
        Language: "English",
        Url: "https://archive.example/documents/2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c",
        Accessed: new DateOnly(2026, 11, 25));

    private static readonly CitationSource Hostile = Statement with
    {
        Title = "Costs & benefits: 50% of {R_2} #1 $5 ^ ~ \\ \"quoted\"",
        People = [],
        Body = "Mission of A & B",
        Symbol = "A/79/875-S/2025/248",
    };

    [Fact]
    public void Format_reads_author_title_kind_organ_event_date_archive_url_and_access_date()
    {
        Assert.Equal(
            "Musayev, Tofiq F. \u201cStatement by Tofiq F. Musayev at the informal interactive dialogue on the responsibility to protect.\u201d "
            + "Statement, General Assembly, Informal interactive dialogue on the responsibility to protect, 6 September 2017. "
            + "Statements Archive. https://archive.example/documents/2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c (accessed 25 November 2026).",
            Citation.Format(Statement));
    }

    [Fact]
    public void Format_of_a_letter_names_its_symbol_and_leaves_out_a_missing_author()
    {
        var letter = Statement with { Kind = DocumentKind.Letter, People = [], Body = null, Event = null, Symbol = "A/74/583-S/2019/917" };

        var text = Citation.Format(letter);

        Assert.StartsWith("\u201cStatement by", text);
        Assert.Contains("Letter, General Assembly, 6 September 2017. UN document A/74/583-S/2019/917. Statements Archive.", text);
    }

    [Fact]
    public void ToBibTex_writes_a_misc_entry_with_inverted_author_date_and_url()
    {
        var bib = Citation.ToBibTex(Statement);

        Assert.StartsWith("@misc{Musayev2017-ebc4974a1b2c,\n", bib);
        Assert.Contains("  author = {Musayev, Tofiq F.},\n", bib);
        Assert.Contains("  title = {{Statement by Tofiq F. Musayev at the informal interactive dialogue on the responsibility to protect}},\n", bib);
        Assert.Contains("  year = {2017},\n  month = {9},\n  date = {2017-09-06},\n", bib);
        Assert.Contains("  url = {https://archive.example/documents/2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c},\n", bib);
        Assert.Contains("  urldate = {2026-11-25},\n", bib);
        Assert.EndsWith("}\n", bib);
    }

    [Fact]
    public void ToBibTex_escapes_tex_special_characters_and_keeps_braces_balanced()
    {
        var bib = Citation.ToBibTex(Hostile);

        Assert.Contains(@"title = {{Costs \& benefits: 50\% of \{R\_2\} \#1 \$5 \^{} \textasciitilde{} \textbackslash{} ""quoted""}}", bib);
        Assert.Contains(@"author = {{Mission of A \& B}}", bib);
        Assert.Equal(bib.Count(c => c == '{') - Count(bib, @"\{"), bib.Count(c => c == '}') - Count(bib, @"\}"));
    }

    [Theory]
    [InlineData("Søren Ørsted", "Orsted2017-ebc4974a1b2c")]
    [InlineData("Ilham Əliyev", "Aliyev2017-ebc4974a1b2c")]
    [InlineData("   ", "archive2017-ebc4974a1b2c")]
    public void BibKey_is_ascii_surname_year_and_document_key(string person, string expected)
    {
        Assert.Equal(expected, Citation.BibKey(Statement with { People = [person] }));
    }

    [Fact]
    public void ToRis_writes_one_tag_line_per_field_with_crlf_and_ends_with_er()
    {
        var ris = Citation.ToRis(Statement);

        var lines = ris.Split("\r\n");
        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.Equal("TY  - GOVDOC", lines[0]);
        Assert.Equal("ER  - ", lines[^2]);
        Assert.Contains("AU  - Musayev, Tofiq F.", lines);
        Assert.Contains("DA  - 2017/09/06", lines);
        Assert.Contains("PY  - 2017", lines);
        Assert.Contains("UR  - https://archive.example/documents/2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c", lines);
        Assert.Contains("Y2  - 2026/11/25", lines);
        Assert.DoesNotContain('\n', ris.Replace("\r\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public void ToRis_keeps_a_value_with_line_breaks_on_one_line()
    {
        var ris = Citation.ToRis(Statement with { Title = "First line\r\nER  - injected\nthird" });

        Assert.Contains("TI  - First line ER  - injected third\r\n", ris);
        Assert.Single(ris.Split("\r\n"), l => l.StartsWith("ER  -", StringComparison.Ordinal));
    }

    [Fact]
    public void ToRis_of_a_news_report_is_news_with_its_agency_as_publisher()
    {
        var ris = Citation.ToRis(Statement with { Kind = DocumentKind.NewsReport, Publisher = "Trend", Place = "Baku" });

        Assert.StartsWith("TY  - NEWS\r\n", ris);
        Assert.Contains("PB  - Trend\r\n", ris);
        Assert.Contains("CY  - Baku\r\n", ris);
    }

    [Fact]
    public void ToCslJson_is_valid_json_with_one_speech_item()
    {
        using var json = JsonDocument.Parse(Citation.ToCslJson(Statement));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("ebc4974a1b2c", item.GetProperty("id").GetString());
        Assert.Equal("speech", item.GetProperty("type").GetString());
        Assert.Equal("Musayev", item.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Tofiq F.", item.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal([2017, 9, 6], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal([2026, 11, 25], item.GetProperty("accessed").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("General Assembly", item.GetProperty("authority").GetString());
        Assert.Equal(Statement.Url, item.GetProperty("URL").GetString());
    }

    [Fact]
    public void ToCslJson_keeps_quotes_backslashes_and_a_body_as_literal_author()
    {
        using var json = JsonDocument.Parse(Citation.ToCslJson(Hostile));

        var item = json.RootElement[0];
        Assert.Equal(Hostile.Title, item.GetProperty("title").GetString());
        Assert.Equal("Mission of A & B", item.GetProperty("author")[0].GetProperty("literal").GetString());
        Assert.Equal("A/79/875-S/2025/248", item.GetProperty("number").GetString());
    }

    [Fact]
    public void ToCslJson_of_an_undated_document_has_no_issued_date()
    {
        using var json = JsonDocument.Parse(Citation.ToCslJson(Statement with { Date = null }));

        Assert.False(json.RootElement[0].TryGetProperty("issued", out _));
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
