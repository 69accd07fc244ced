using Archive.Core.Import.Evaluation;

namespace Archive.Core.Tests.Import.Evaluation;

/// <summary>The comparison rules of the corpus's score.py, as the C# scorer applies them.</summary>
public class FieldScorerTests
{
    [Theory]
    [InlineData("Seventy-fifth session", "75th session")]
    [InlineData("Sixtieth session", "60")]
    [InlineData("fifty-first session", "Fifty-first session")]
    [InlineData("Eighth session", "8th session")]
    public void Session_words_and_numbers_agree(string label, string predicted) =>
        Assert.Equal(FieldScorer.Key("session", new FieldValue(label)), FieldScorer.Key("session", new FieldValue(predicted)));

    [Fact]
    public void Session_number_equals_its_words() =>
        Assert.Equal(FieldScorer.Key("session", new FieldValue("Seventy-ninth session")), FieldScorer.Key("session", new FieldValue(null, 79)));

    [Theory]
    [InlineData("H.E. Mr. Tofig F. Musayev", "Tofig Musayev")]
    [InlineData("Ambassador Reaz RAHMAN", "Reaz Rahman")]
    public void Speaker_honorifics_case_and_initials_are_ignored(string predicted, string label) =>
        Assert.Equal(FieldScorer.Key("speaker", new FieldValue(label)), FieldScorer.Key("speaker", new FieldValue(predicted)));

    [Theory]
    [InlineData("General Assembly Sixth Committee", "Sixth Committee")]
    [InlineData("General Assembly; Security Council", "Security Council; General Assembly")]
    [InlineData("Human Rights Council", "Human Rights Council")]
    public void Organ_sets_compare_without_order_and_a_committee_stands_for_the_assembly(string label, string predicted) =>
        Assert.Equal(FieldScorer.Key("organ", new FieldValue(label)), FieldScorer.Key("organ", new FieldValue(predicted)));

    [Fact]
    public void Organ_missing_one_of_two_bodies_is_a_miss() =>
        Assert.NotEqual(FieldScorer.Key("organ", new FieldValue("General Assembly; Security Council")), FieldScorer.Key("organ", new FieldValue("General Assembly")));

    [Theory]
    [InlineData("press release or news report", "news")]
    [InlineData("note verbale", "note verbale")]
    [InlineData("statement", "statement")]
    public void Kind_names_fold_to_the_scorer_classes(string kind, string key) =>
        Assert.Equal(key, FieldScorer.Key("kind", new FieldValue(kind)));

    [Fact]
    public void Symbols_compare_as_sets_without_spaces_or_case() =>
        Assert.Equal(FieldScorer.Key("symbols", new FieldValue(null, null, ["A/74/ 956", "s/2020/719"])),
            FieldScorer.Key("symbols", new FieldValue(null, null, ["S/2020/719", "A/74/956"])));

    [Fact]
    public void Agenda_items_compare_by_leading_number() =>
        Assert.Equal(FieldScorer.Key("agenda_numbers", new FieldValue(null, null, ["68 (b)", "97"])),
            FieldScorer.Key("agenda_numbers", new FieldValue(null, null, ["97", "68"])));

    [Fact]
    public void Empty_lists_and_empty_text_mean_no_value()
    {
        Assert.Null(FieldScorer.Key("symbols", new FieldValue(null, null, [])));
        Assert.Null(FieldScorer.Key("speaker", new FieldValue("")));
        Assert.Null(FieldScorer.Key("organ", FieldValue.Empty));
    }
}
