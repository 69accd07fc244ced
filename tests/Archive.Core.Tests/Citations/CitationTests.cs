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
        Assert.Contains("  year = {2017},\n  month = sep,\n  date = {2017-09-06},\n", bib);
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

    [Theory]
    [InlineData("English", "en")]
    [InlineData("French", "fr")]
    [InlineData("Russian", "ru")]
    [InlineData("Chinese", "zh")]
    [InlineData("Klingon", "Klingon")]
    public void ToCslJson_gives_the_language_as_a_bcp47_tag(string language, string tag)
    {
        using var json = JsonDocument.Parse(Citation.ToCslJson(Statement with { Language = language }));

        Assert.Equal(tag, json.RootElement[0].GetProperty("language").GetString());
    }

    [Fact]
    public void ToCslJson_of_an_undated_document_has_no_issued_date()
    {
        using var json = JsonDocument.Parse(Citation.ToCslJson(Statement with { Date = null }));

        Assert.False(json.RootElement[0].TryGetProperty("issued", out _));
    }

    private static readonly CitationSource NewsReport = Statement with
    {
        Kind = DocumentKind.NewsReport,
        Title = "Permanent Representative Tofig Musayev made statement, Trend reports",
        People = ["Tofig Musayev"],
        Body = null,
        Publisher = "Trend",
        Place = "Baku",
        Event = "Plenary meeting",
    };

    private static readonly CitationSource NoteVerbale = Statement with
    {
        Kind = DocumentKind.NoteVerbale,
        Title = "Note verbale dated 4 November 2020 from the Permanent Mission of the Republic of Azerbaijan in Geneva",
        People = [],
        Body = "Permanent Mission of the Republic of Azerbaijan to the United Nations Office at Geneva",
        Organ = "Office of the United Nations High Commissioner for Human Rights",
        Event = null,
        Place = "Geneva",
        ReferenceNumber = "0461/27/20/22",
    };

    private static readonly CitationSource LetterWithSymbol = Statement with
    {
        Kind = DocumentKind.Letter,
        Title = "Letter dated 26 November 2019 from the Permanent Representative of Azerbaijan addressed to the Secretary-General",
        People = ["Yashar Aliyev"],
        Event = null,
        Symbol = "A/74/583-S/2019/917",
    };

    public static TheoryData<string> Kinds => ["statement", "news", "note", "letter", "hostile"];

    private static CitationSource Sample(string name) => name switch
    {
        "statement" => Statement,
        "news" => NewsReport,
        "note" => NoteVerbale,
        "letter" => LetterWithSymbol,
        _ => Hostile,
    };

    [Fact]
    public void News_report_is_cited_under_its_agency_not_the_speaker_it_reports()
    {
        Assert.StartsWith("Trend. \u201cPermanent Representative", Citation.Format(NewsReport));
        Assert.DoesNotContain("Musayev, Tofig", Citation.Format(NewsReport));
        Assert.Contains("News report, General Assembly, Plenary meeting, Baku, 6 September 2017.", Citation.Format(NewsReport));

        var bib = Citation.ToBibTex(NewsReport);
        Assert.StartsWith("@misc{Trend2017-ebc4974a1b2c,\n", bib);
        Assert.Contains("  author = {{Trend}},\n", bib);
        Assert.Contains("  publisher = {Trend},\n", bib);

        var ris = Citation.ToRis(NewsReport).Split("\r\n");
        Assert.Contains("AU  - Trend", ris);
        Assert.Contains("T2  - Trend", ris);
        Assert.DoesNotContain("AU  - Musayev, Tofig", ris);

        using var json = JsonDocument.Parse(Citation.ToCslJson(NewsReport));
        var item = json.RootElement[0];
        Assert.Equal("article-newspaper", item.GetProperty("type").GetString());
        Assert.Equal("Trend", Assert.Single(item.GetProperty("author").EnumerateArray()).GetProperty("literal").GetString());
        Assert.Equal("Trend", item.GetProperty("publisher").GetString());
        Assert.Equal("Trend", item.GetProperty("container-title").GetString());
    }

    [Fact]
    public void Note_verbale_is_cited_under_its_mission_with_its_reference_number()
    {
        Assert.StartsWith("Permanent Mission of the Republic of Azerbaijan to the United Nations Office at Geneva. \u201cNote verbale", Citation.Format(NoteVerbale));
        Assert.Contains("Geneva, 6 September 2017. Ref. 0461/27/20/22. Statements Archive.", Citation.Format(NoteVerbale));
        Assert.Contains("  number = {0461/27/20/22},\n", Citation.ToBibTex(NoteVerbale));
        Assert.Contains("M1  - 0461/27/20/22\r\n", Citation.ToRis(NoteVerbale));
        using var json = JsonDocument.Parse(Citation.ToCslJson(NoteVerbale));
        Assert.Equal("0461/27/20/22", json.RootElement[0].GetProperty("number").GetString());
        Assert.Equal("Permanent Mission of the Republic of Azerbaijan to the United Nations Office at Geneva",
            json.RootElement[0].GetProperty("author")[0].GetProperty("literal").GetString());
    }

    [Fact]
    public void Letter_with_a_symbol_carries_it_in_every_format_before_any_reference_number()
    {
        var letter = LetterWithSymbol with { ReferenceNumber = "ignored/1" };
        Assert.Contains("UN document A/74/583-S/2019/917.", Citation.Format(letter));
        Assert.DoesNotContain("ignored", Citation.Format(letter) + Citation.ToBibTex(letter) + Citation.ToRis(letter) + Citation.ToCslJson(letter));
        Assert.Contains("  number = {A/74/583-S/2019/917},\n", Citation.ToBibTex(letter));
        Assert.Contains("M1  - A/74/583-S/2019/917\r\n", Citation.ToRis(letter));
    }

    [Fact]
    public void Format_turns_quotation_marks_inside_the_quoted_title_into_single_ones()
    {
        var text = Citation.Format(Statement with { Title = "Statement at the open debate on \u201cProtection of civilians\u201d" });

        Assert.Contains("\u201cStatement at the open debate on \u2018Protection of civilians\u2019.\u201d", text);
    }

    [Fact]
    public void ToBibTex_spells_accents_quotes_and_dashes_in_tex()
    {
        var bib = Citation.ToBibTex(Statement with { Title = "Mevl\u00fct \u00c7avu\u015fo\u011flu on \u201cpeace\u201d \u2013 S\u00f8ren, caf\u00e9, na\u00efve", People = ["Mevl\u00fct \u00c7avu\u015fo\u011flu"] });

        Assert.Contains(@"author = {{\c{C}}avu{\c{s}}o{\u{g}}lu, Mevl{\""u}t},", bib);
        Assert.Contains(@"title = {{Mevl{\""u}t {\c{C}}avu{\c{s}}o{\u{g}}lu on ``peace'' -- S{\o}ren, caf{\'e}, na{\""\i}ve}},", bib);
        Assert.All(bib, c => Assert.True(c < 128, $"non-ASCII {c} left in the entry"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToBibTex_is_one_well_formed_entry_with_balanced_braces_and_the_required_fields(string kind)
    {
        var bib = Citation.ToBibTex(Sample(kind));

        Assert.Matches(@"^@misc\{[A-Za-z0-9-]+,\n(  [a-z]+ = (\{.*\}|[a-z]{3}),\n)+\}\n$", bib);
        var depth = 0;
        for (var i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '\\') { i++; continue; }  // an escaped brace does not count
            depth += bib[i] == '{' ? 1 : bib[i] == '}' ? -1 : 0;
            Assert.True(depth >= 0, "a brace closes before it opens");
        }
        Assert.Equal(0, depth);
        foreach (var field in new[] { "author", "title", "howpublished", "year", "url", "urldate" })
            Assert.Contains($"\n  {field} = ", bib);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToRis_is_tag_lines_from_ty_to_er_with_the_required_tags(string kind)
    {
        var lines = Citation.ToRis(Sample(kind)).Split("\r\n");

        Assert.Equal("", lines[^1]);
        Assert.All(lines[..^1], line => Assert.Matches("^[A-Z][A-Z0-9]  - .*$", line));
        Assert.StartsWith("TY  - ", lines[0]);
        Assert.Equal("ER  - ", lines[^2]);
        var tags = lines[..^1].Select(l => l[..2]).ToList();
        foreach (var tag in new[] { "AU", "TI", "PY", "DA", "UR" })
            Assert.Contains(tag, tags);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ToCslJson_uses_only_csl_variables_and_well_formed_names_and_dates(string kind)
    {
        string[] variables = ["id", "type", "title", "genre", "author", "container-title", "publisher", "authority", "event-title",
            "issued", "number", "publisher-place", "language", "archive", "URL", "accessed"];
        string[] types = ["speech", "document", "article-newspaper"];
        using var json = JsonDocument.Parse(Citation.ToCslJson(Sample(kind)));

        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.All(item.EnumerateObject(), p => Assert.Contains(p.Name, variables));
        Assert.Contains(item.GetProperty("type").GetString(), types);
        Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("title").GetString()));
        Assert.All(item.GetProperty("author").EnumerateArray(), name =>
            Assert.True(name.TryGetProperty("literal", out _) || (name.TryGetProperty("family", out _) && name.TryGetProperty("given", out _))));
        var parts = item.GetProperty("issued").GetProperty("date-parts");
        Assert.Equal(3, Assert.Single(parts.EnumerateArray()).GetArrayLength());
        Assert.StartsWith("https://", item.GetProperty("URL").GetString());
    }

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
