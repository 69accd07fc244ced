namespace Archive.Core.Reading;

/// <summary>A role a speaker held, as their documents show it: from the first document in that role to the last.</summary>
public sealed record RoleSpan(string? Role, string? Mission, RelatedRow First, RelatedRow Last, int Count);

/// <summary>One document of a speaker with the role the document gives them and the mission or State it speaks for.</summary>
public sealed record RoleEvidence(string? Role, string? Mission, RelatedRow Document);

public static class RoleTimeline
{
    /// <summary>
    /// Groups a speaker's documents by the role they held (the same words, ignoring case and spacing), ordered by the
    /// first document in each role; undated documents count but never set a span's first or last date while dated ones exist.
    /// A role with no words is kept as "role not stated" (null), since the documents still happened.
    /// </summary>
    public static IReadOnlyList<RoleSpan> Build(IEnumerable<RoleEvidence> evidence)
    {
        var byDate = evidence
            .OrderBy(e => e.Document.Date is null).ThenBy(e => e.Document.Date).ThenBy(e => e.Document.Slug, StringComparer.Ordinal)
            .ToList();
        return [.. byDate
            .GroupBy(e => Normalise(e.Role), StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var items = g.ToList();
                var mission = items.Select(i => i.Mission).LastOrDefault(m => !string.IsNullOrWhiteSpace(m));
                var dated = items.Where(i => i.Document.Date is not null).ToList();
                var span = dated.Count > 0 ? dated : items;
                return new RoleSpan(items[0].Role?.Trim(), mission, span[0].Document, span[^1].Document, items.Count);
            })
            .OrderBy(s => s.First.Date is null).ThenBy(s => s.First.Date).ThenBy(s => s.First.Slug, StringComparer.Ordinal)];
    }

    private static string Normalise(string? role) =>
        string.Join(' ', (role ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
