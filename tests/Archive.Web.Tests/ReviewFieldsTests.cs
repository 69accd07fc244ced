using Archive.Core.Documents;
using Archive.Web.Pages.Curate;

namespace Archive.Web.Tests;

/// <summary>Where the parser's evidence stands on the review form, and how a runner-up goes into its field.</summary>
public class ReviewFieldsTests
{
    [Theory]
    [InlineData("kind", "Kind")]
    [InlineData("date", "Dates")]
    [InlineData("distributed", "Dates")]
    [InlineData("speaker", "Speakers")]
    [InlineData("organ", "Organs")]
    [InlineData("session", "Organs")]
    [InlineData("agenda", "AgendaItems")]
    [InlineData("symbol", "Symbol")]
    [InlineData("something-new", "Other")]
    public void GroupOf_puts_evidence_beside_its_field(string field, string group) =>
        Assert.Equal(group, ReviewFields.GroupOf(field));

    [Fact]
    public void Apply_runner_up_kind_by_its_label_or_enum_name()
    {
        var form = new DocumentForm();

        Assert.True(ReviewFields.Apply(form, "kind", "note verbale"));
        Assert.Equal(DocumentKind.NoteVerbale, form.Kind);
        Assert.True(ReviewFields.Apply(form, "kind", "ExplanationOfVote"));
        Assert.Equal(DocumentKind.ExplanationOfVote, form.Kind);
        Assert.False(ReviewFields.Apply(form, "kind", "memorandum"));
    }

    [Fact]
    public void Apply_runner_up_main_date_replaces_the_date_the_archive_sorts_by()
    {
        var form = new DocumentForm { WrittenOn = new DateOnly(2019, 11, 26), DistributedOn = new DateOnly(2019, 11, 27) };

        Assert.True(ReviewFields.Apply(form, "date", "2019-11-28"));

        Assert.Equal(new DateOnly(2019, 11, 28), form.DistributedOn);
        Assert.Equal(new DateOnly(2019, 11, 26), form.WrittenOn);
        Assert.False(ReviewFields.Apply(form, "date", "28 November 2019"));
    }

    [Fact]
    public void Apply_runner_up_speaker_organ_and_session_fill_the_first_rows()
    {
        var form = new DocumentForm().WithBlankRows();

        Assert.True(ReviewFields.Apply(form, "speaker", "Yashar Aliyev"));
        Assert.True(ReviewFields.Apply(form, "organ", "Security Council"));
        Assert.True(ReviewFields.Apply(form, "session", "74"));

        Assert.Equal("Yashar Aliyev", form.Speakers[0].Name);
        Assert.Equal(("Security Council", (int?)74), (form.Organs[0].Name, form.Organs[0].Session));
        Assert.False(ReviewFields.Apply(form, "session", "seventy-fourth"));
    }
}
