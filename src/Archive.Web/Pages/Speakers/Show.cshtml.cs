using Archive.Core.Data;
using Archive.Core.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Speakers;

public class ShowModel(ArchiveDb db, ILogger<ShowModel> logger) : PageModel
{
    public SpeakerProfile? Profile { get; private set; }

    /// <summary>For an unknown address: speakers whose names share a word with it, so a mistyped link still leads somewhere.</summary>
    public IReadOnlyList<SpeakerIndexRow> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        Profile = await db.SpeakerProfileAsync(slug, ct);
        if (Profile is not null)
            return Page();

        logger.LogInformation("No speaker at {Slug}", slug);
        // Words are compared by their first five letters, so "musayevv" still finds "musayev".
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Select(Stem).ToList();
        Suggestions = words.Count == 0 ? [] :
            [.. (await db.SpeakerIndexAsync(ct)).Where(r => r.Slug.Split('-').Select(Stem).Intersect(words, StringComparer.Ordinal).Any()).Take(10)];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Where the role timeline's years fall on its small chart: the first and last year of all roles.</summary>
    public (int From, int To) Years()
    {
        var years = Profile!.Roles.SelectMany(r => new[] { r.First.Date, r.Last.Date }).OfType<DateOnly>().Select(d => d.Year).ToList();
        return years.Count == 0 ? (0, 0) : (years.Min(), years.Max());
    }

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;
}
