using Archive.Core.Documents;
using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public class QueryParserTests
{
    [Theory]
    [InlineData("genocide", "\"genocide\"")]
    [InlineData("genocide armenia", "(\"genocide\" AND \"armenia\")")]
    [InlineData("genocide AND armenia", "(\"genocide\" AND \"armenia\")")]
    [InlineData("\"responsibility to protect\"", "\"responsibility to protect\"")]
    [InlineData("“responsibility to protect”", "\"responsibility to protect\"")]
    [InlineData("genocide -armenia", "(\"genocide\" NOT \"armenia\")")]
    [InlineData("genocide NOT armenia", "(\"genocide\" NOT \"armenia\")")]
    [InlineData("genocide -armenia -crimes", "(\"genocide\" NOT (\"armenia\" OR \"crimes\"))")]
    [InlineData("genocide OR atrocities", "(\"genocide\" OR \"atrocities\")")]
    [InlineData("genocide | atrocities", "(\"genocide\" OR \"atrocities\")")]
    [InlineData("negotiat*", "\"negotiat\"*")]
    [InlineData("\"human righ\"*", "\"human righ\"*")]
    [InlineData("NEAR(climate finance, 5)", "NEAR(\"climate\" \"finance\", 5)")]
    [InlineData("NEAR(climate finance,5)", "NEAR(\"climate\" \"finance\", 5)")]
    [InlineData("NEAR(climate \"green fund\")", "NEAR(\"climate\" \"green fund\", 10)")]
    [InlineData("(genocide OR atrocities) armenia", "((\"genocide\" OR \"atrocities\") AND \"armenia\")")]
    [InlineData("speaker:tofig", "{speakers} : (\"tofig\")")]
    [InlineData("speaker:\"Tofig Musayev\"", "{speakers} : (\"Tofig Musayev\")")]
    [InlineData("organ:\"security council\"", "{organs} : (\"security council\")")]
    [InlineData("agenda:genocide", "{agenda} : (\"genocide\")")]
    [InlineData("title:letter", "{title} : (\"letter\")")]
    [InlineData("body:(peace OR war)", "{body body_folded} : ((\"peace\" OR \"war\"))")]
    [InlineData("Əliyev", "\"Aliyev\"")]
    [InlineData("A/79/875", "\"A/79/875\"")]
    [InlineData("don\"t", "(\"don\" AND \"t\")")]
    [InlineData("foo:bar", "\"foo:bar\"")]
    [InlineData("say \"\"\"quoted\"\"\"", "(\"say\" AND \"quoted\")")]
    [InlineData("\"responsibility to prot*\"", "\"responsibility to prot\" *")]
    [InlineData("\"respons* to protect\"", "\"respons\" * + \"to protect\"")]
    [InlineData("\"prot*\"", "\"prot\"*")]
    [InlineData("Azerbaijan's", "\"Azerbaijan\"")]
    [InlineData("Azerbaijan’s", "\"Azerbaijan\"")]
    [InlineData("\"Azerbaijan's\"", "\"Azerbaijan's\"")]
    [InlineData("organ:sc", "{organs} : (\"Security Council\")")]
    [InlineData("organ:GA", "{organs} : (\"General Assembly\")")]
    [InlineData("organ:sc*", "{organs} : (\"sc\"*)")]
    public void Parse_query_emits_quoted_fts_expression(string input, string expected)
    {
        var query = QueryParser.Parse(input);

        Assert.Empty(query.Errors);
        Assert.Equal(expected, QueryNotation.Build(query.Text));
    }

    [Theory]
    [InlineData("\"responsibility to protect", "\"responsibility to protect\"", "quotation mark was not closed")]
    [InlineData("(genocide OR atrocities", "(\"genocide\" OR \"atrocities\")", "bracket was not closed")]
    [InlineData("genocide)", "\"genocide\"", "closing bracket")]
    [InlineData("OR genocide", "\"genocide\"", "OR needs words")]
    [InlineData("genocide OR", "\"genocide\"", "OR needs words")]
    [InlineData("genocide OR -armenia", "\"genocide\"", "only excludes")]
    [InlineData("kind:", null, "nothing to search for")]
    [InlineData("NEAR(a b", "NEAR(\"a\" \"b\", 10)", "NEAR( was not closed")]
    [InlineData("NEAR(a b, 500)", "NEAR(\"a\" \"b\", 100)", "above 100")]
    public void Parse_broken_query_repairs_it_with_a_notice(string input, string? expected, string notice)
    {
        var query = QueryParser.Parse(input);

        Assert.Empty(query.Errors);
        Assert.Equal(expected, QueryNotation.Build(query.Text));
        Assert.Contains(query.Notices, n => n.Contains(notice, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("***")]
    [InlineData("- - -")]
    [InlineData("()")]
    [InlineData("\"\"")]
    [InlineData("— …")]
    [InlineData("")]
    public void Parse_query_without_words_is_empty(string input)
    {
        var query = QueryParser.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Null(QueryNotation.Build(query.Text));
    }

    [Fact]
    public void Parse_only_exclusions_gives_the_excluded_expression()
    {
        var query = QueryParser.Parse("-genocide -armenia");

        Assert.Null(QueryNotation.Build(query.Text));
        Assert.Equal("(\"genocide\" OR \"armenia\")", QueryNotation.ExcludedOnly(query.Text));
    }

    [Theory]
    [InlineData("kind:letter", DocumentKind.Letter)]
    [InlineData("kind:\"note verbale\"", DocumentKind.NoteVerbale)]
    [InlineData("kind:note-verbale", DocumentKind.NoteVerbale)]
    [InlineData("kind:NoteVerbale", DocumentKind.NoteVerbale)]
    [InlineData("type:statements", DocumentKind.Statement)]
    [InlineData("kind:news", DocumentKind.NewsReport)]
    [InlineData("kind:\"identical letters\"", DocumentKind.IdenticalLetters)]
    [InlineData("kind:unknown", DocumentKind.Unknown)]
    [InlineData("kind:rightofreply", DocumentKind.RightOfReply)]
    public void Parse_kind_filter_reads_labels_and_names(string input, DocumentKind expected)
    {
        var filter = Assert.Single(QueryParser.Parse(input).Filters);

        Assert.Equal(FilterField.Kind, filter.Field);
        Assert.Equal(expected, filter.Kind);
    }

    [Theory]
    [InlineData("year:2019", "2019-01-01", "2019-12-31")]
    [InlineData("date:2019", "2019-01-01", "2019-12-31")]
    [InlineData("date:2019-11", "2019-11-01", "2019-11-30")]
    [InlineData("date:2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("date:2019-11-27", "2019-11-27", "2019-11-27")]
    [InlineData("date:2019-11..2020-06", "2019-11-01", "2020-06-30")]
    [InlineData("date:..2020", null, "2020-12-31")]
    [InlineData("date:2019..", "2019-01-01", null)]
    [InlineData("year:2017..2019", "2017-01-01", "2019-12-31")]
    public void Parse_date_filter_reads_years_months_days_and_ranges(string input, string? from, string? to)
    {
        var filter = Assert.Single(QueryParser.Parse(input).Filters);

        Assert.Equal(FilterField.Date, filter.Field);
        Assert.Equal(from, filter.From?.ToString("yyyy-MM-dd"));
        Assert.Equal(to, filter.To?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("agenda:130", 130, null)]
    [InlineData("agenda:68b", 68, "b")]
    [InlineData("agenda:\"68 (b)\"", 68, "b")]
    [InlineData("agenda:68(B)", 68, "b")]
    public void Parse_agenda_number_is_a_filter(string input, int number, string? subItem)
    {
        var filter = Assert.Single(QueryParser.Parse(input).Filters);

        Assert.Equal(FilterField.AgendaNumber, filter.Field);
        Assert.Equal(number, filter.AgendaNumber);
        Assert.Equal(subItem, filter.AgendaSubItem);
    }

    [Theory]
    [InlineData("symbol:A/79/875", "A/79/875", false)]
    [InlineData("symbol:s/2025/248", "S/2025/248", false)]
    [InlineData("symbol:A/79/*", "A/79/", true)]
    public void Parse_symbol_filter_is_upper_case(string input, string symbol, bool prefix)
    {
        var filter = Assert.Single(QueryParser.Parse(input).Filters);

        Assert.Equal(symbol, filter.Symbol);
        Assert.Equal(prefix, filter.SymbolPrefix);
    }

    [Fact]
    public void Parse_excluded_filter_is_marked_excluded()
    {
        var query = QueryParser.Parse("genocide -kind:letter");

        Assert.True(Assert.Single(query.Filters).Exclude);
        Assert.Equal("\"genocide\"", QueryNotation.Build(query.Text));
    }

    [Fact]
    public void Parse_filter_inside_or_applies_to_whole_query_with_a_notice()
    {
        var query = QueryParser.Parse("genocide OR kind:letter");

        Assert.Single(query.Filters);
        Assert.Contains(query.Notices, n => n.Contains("applies to the whole query", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("year:2017,2025", FilterField.Date, 2)]
    [InlineData("year:2017 OR year:2025", FilterField.Date, 2)]
    [InlineData("kind:letter,statement", FilterField.Kind, 2)]
    [InlineData("kind:letter OR kind:\"note verbale\" OR kind:news", FilterField.Kind, 3)]
    [InlineData("symbol:A/79/875 OR symbol:S/2025/248", FilterField.Symbol, 2)]
    public void Parse_list_or_or_of_one_filter_is_one_filter_with_alternatives(string input, FilterField field, int count)
    {
        var query = QueryParser.Parse(input);

        var filter = Assert.Single(query.Filters);
        Assert.Equal(field, filter.Field);
        Assert.Equal(count, filter.AnyOf!.Count);
        Assert.Empty(query.Notices);
        Assert.Empty(query.Errors);
    }

    [Fact]
    public void Parse_lower_case_or_between_words_is_a_word_with_a_notice()
    {
        var query = QueryParser.Parse("genocide or armenia");

        Assert.Equal("(\"genocide\" AND \"or\" AND \"armenia\")", QueryNotation.Build(query.Text));
        Assert.Contains(query.Notices, n => n.Contains("OR in capitals", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kind:poem", "not a kind of document")]
    [InlineData("year:2017,19", "not a date")]
    [InlineData("year:,", "lists no value")]
    [InlineData("year:19", "not a date")]
    [InlineData("date:2019-13", "not a date")]
    [InlineData("date:2019-02-30", "not a date")]
    [InlineData("date:2020..2019", "not a date")]
    [InlineData("date:..", "not a date")]
    public void Parse_unreadable_filter_value_is_an_error(string input, string message)
    {
        var query = QueryParser.Parse(input);

        Assert.Contains(query.Errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_long_query_is_cut_with_a_notice()
    {
        var query = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("peace", 200)));

        Assert.Contains(query.Notices, n => n.Contains("first 500 characters", StringComparison.Ordinal));
        Assert.Contains(query.Notices, n => n.Contains($"first {QueryParser.MaxTerms} words", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_deep_brackets_stop_nesting_with_a_notice()
    {
        var query = QueryParser.Parse(new string('(', 50) + "peace" + new string(')', 50));

        Assert.Equal("\"peace\"", QueryNotation.Build(query.Text));
        Assert.Contains(query.Notices, n => n.Contains("nested", StringComparison.Ordinal));
    }
}
