using Archive.Core.Browse;
using Archive.Core.Data;
using Archive.Core.Import;

namespace Archive.Web.Pages.Missions;

/// <summary>
/// Missions and authors, derived from the documents' State and author fields (no table of their own): a document
/// belongs to its State's mission when the importer read a State, else to its author as written.
/// </summary>
public static class MissionCatalog
{
    public static async Task<IReadOnlyList<Mission>> ReadAsync(ArchiveDb db, CancellationToken ct)
    {
        // One maintained count per distinct State and author: a few hundred at most.
        var pairs = await db.CountByCountryAndAuthorAsync(ct);
        return [.. pairs.GroupBy(p => SlugOf(p.Country, p.Author))
            .Where(g => g.Key.Length > 0)
            .Select(g => new Mission(
                g.Select(p => p.Country).FirstOrDefault(c => c is not null) ?? g.First().Author!,
                g.Key,
                g.Any(p => p.Country is not null),
                g.Sum(p => p.Count),
                [.. g.Select(p => p.Country).OfType<string>().Distinct()],
                [.. g.Where(p => p.Country is null).Select(p => p.Author!).Distinct()],
                [.. g.Where(p => p.Author is not null).GroupBy(p => p.Author!).Select(a => new AuthorForm(a.Key, a.Sum(p => p.Count)))
                    .OrderByDescending(a => a.Count).ThenBy(a => a.Name, StringComparer.Ordinal)]))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public static string Href(string slug) => "/missions/" + slug;

    /// <summary>The mission a document belongs to: its State's when it has one, else its author's ("" when neither).</summary>
    public static string SlugOf(string? country, string? author) => Slugs.From(country ?? author ?? "", 80);
}

/// <summary>A State's mission (or an author with no State) and every way its documents name the author.</summary>
public sealed record Mission(string Name, string Slug, bool IsState, int Count, IReadOnlyList<string> Countries,
    IReadOnlyList<string> AuthorsWithoutCountry, IReadOnlyList<AuthorForm> AuthorForms);

public sealed record AuthorForm(string Name, int Count);
