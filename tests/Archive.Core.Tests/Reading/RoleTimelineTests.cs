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
    public void Build_of_nothing_is_empty()
    {
        Assert.Empty(RoleTimeline.Build([]));
    }
}
