namespace Archive.Core.Reading;

/// <summary>A role a speaker held, as their documents show it: from the first document in that role to the last.</summary>
public sealed record RoleSpan(string? Role, string? Mission, RelatedRow First, RelatedRow Last, int Count);

/// <summary>One document of a speaker with the role the document gives them and the mission or State it speaks for.</summary>
public sealed record RoleEvidence(string? Role, string? Mission, RelatedRow Document);

public static class RoleTimeline
{
    /// <summary>
    /// A speaker's roles in date order, one span per unbroken run of documents in the same role (the same words, ignoring
    /// case and spacing): a speaker who was Deputy, then Chargé d'affaires, then Deputy again has three spans, so no span
    /// claims a role over a time when the documents show another. Undated documents cannot be placed in a run: they count
    /// towards the latest span of their role, or form a span of their own at the end when their role has no dated document.
    /// A role with no words is kept as "role not stated" (null), since the documents still happened.
    /// </summary>
    public static IReadOnlyList<RoleSpan> Build(IEnumerable<RoleEvidence> evidence)
    {
        var all = evidence.ToList();
        var dated = all.Where(e => e.Document.Date is not null)
            .OrderBy(e => e.Document.Date).ThenBy(e => e.Document.Slug, StringComparer.Ordinal).ToList();
        var runs = new List<List<RoleEvidence>>();
        foreach (var e in dated)
        {
            if (runs.Count > 0 && SameRole(runs[^1][0].Role, e.Role))
                runs[^1].Add(e);
            else
                runs.Add([e]);
        }
        var datedSpans = runs.Count;
        foreach (var e in all.Where(e => e.Document.Date is null).OrderBy(e => e.Document.Slug, StringComparer.Ordinal))
        {
            var home = runs.FindLastIndex(r => SameRole(r[0].Role, e.Role));
            if (home >= 0)
                runs[home].Add(e);
            else
                runs.Add([e]);
        }
        return [.. runs.Select((items, i) =>
        {
            var span = i < datedSpans ? items.Where(x => x.Document.Date is not null).ToList() : items;
            var mission = items.Select(x => x.Mission).LastOrDefault(m => !string.IsNullOrWhiteSpace(m));
            return new RoleSpan(items[0].Role?.Trim(), mission, span[0].Document, span[^1].Document, items.Count);
        })];
    }

    private static bool SameRole(string? a, string? b) => string.Equals(Normalise(a), Normalise(b), StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string? role) =>
        string.Join(' ', (role ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
