using Archive.Core.Documents;
using Archive.Core.Reading;

namespace Archive.Core.Tests.Reading;

public class RoleTimelineTests
{
    private static RoleEvidence At(string? role, string date, string slug, string? mission = null) =>
        new(role, mission, new RelatedRow(slug, slug, DocumentKind.Statement, date.Length == 0 ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null, null));

    [Fact]
    public void Build_groups_by_role_with_first_and_last_document_in_date_order()
    {
        var spans = RoleTimeline.Build([
            At("Permanent Representative", "2025-07-01", "d"),
            At("Counsellor", "2017-09-06", "a", "Mission A"),
            At("Counsellor", "2018-03-01", "b", "Mission B"),
            At("permanent  representative", "2024-01-10", "c"),
        ]);

        Assert.Equal(
            [("Counsellor", "a", "b", 2, "Mission B"), ("permanent  representative", "c", "d", 2, (string?)null)],
            spans.Select(s => (s.Role, s.First.Slug, s.Last.Slug, s.Count, s.Mission)));
    }

    [Fact]
    public void Build_keeps_documents_without_a_role_and_puts_undated_ones_last()
    {
        var spans = RoleTimeline.Build([At(null, "", "x"), At(null, "2019-01-01", "y"), At("Minister", "2020-01-01", "z")]);

        Assert.Equal([(null, "y", "y", 2), ("Minister", "z", "z", 1)], spans.Select(s => (s.Role, s.First.Slug, s.Last.Slug, s.Count)));
    }

    [Fact]
    public void Build_of_alternating_roles_gives_one_span_per_run_so_spans_never_overlap()
    {
        var spans = RoleTimeline.Build([
            At("Deputy Permanent Representative", "2018-01-10", "a"),
            At("Chargé d'affaires a.i.", "2019-06-01", "c"),
            At("Deputy Permanent Representative", "2018-05-02", "b"),
            At("Deputy Permanent Representative", "2020-02-03", "d"),
            At("Deputy Permanent Representative", "", "u"),
            At("Chargé d'affaires a.i.", "2021-09-09", "e"),
        ]);

        Assert.Equal(
            [("Deputy Permanent Representative", "a", "b", 2), ("Chargé d'affaires a.i.", "c", "c", 1),
                ("Deputy Permanent Representative", "d", "d", 2), ("Chargé d'affaires a.i.", "e", "e", 1)],
            spans.Select(s => (s.Role, s.First.Slug, s.Last.Slug, s.Count)));
    }

    [Fact]
    public void Build_gives_an_undated_document_in_a_role_never_dated_a_span_at_the_end()
    {
        var spans = RoleTimeline.Build([At("Minister", "", "m"), At("Counsellor", "2017-09-06", "a")]);

        Assert.Equal([("Counsellor", "a", "a", 1), ("Minister", "m", "m", 1)], spans.Select(s => (s.Role, s.First.Slug, s.Last.Slug, s.Count)));
    }

    [Fact]
    public void Build_of_nothing_is_empty()
    {
        Assert.Empty(RoleTimeline.Build([]));
    }
}
