using Archive.Core.Data;
using Archive.Core.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

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
        if (await MergedIntoAsync(slug, ct) is { } kept)
        {
            // A merge can be undone, so the old address redirects for now (302) rather than for ever.
            logger.LogInformation("Speaker {Slug} was merged into {Kept}; redirecting", slug, kept);
            return Redirect("/speakers/" + kept);
        }

        if (await db.SpellingOwnerAsync(slug, ct) is { } owner)
        {
            // Another spelling of the same person ("tofig-musayev" for Tofiq F. Musayev) is a permanent alias of the page.
            logger.LogInformation("Speaker address {Slug} is a spelling of {Owner}; redirecting", slug, owner);
            return RedirectPermanent("/speakers/" + owner);
        }

        logger.LogInformation("No speaker at {Slug}", slug);
        // Words are compared by their first five letters, so "musayevv" still finds "musayev".
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Select(Stem).ToList();
        Suggestions = words.Count == 0 ? [] :
            [.. (await db.SpeakerIndexAsync(ct)).Where(r => r.Slug.Split('-').Select(Stem).Intersect(words, StringComparer.Ordinal).Any()).Take(10)];
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>
    /// The slug of the speaker a merged one now lives on: the kept speaker of the latest merge not undone; when that one
    /// was merged in turn, the one person who now holds the merged name as a spelling. Null when never merged away.
    /// </summary>
    private async Task<string?> MergedIntoAsync(string slug, CancellationToken ct)
    {
        var merge = await db.SpeakerMerges.Where(m => m.MergedSlug == slug && m.UndoneAt == null)
            .OrderByDescending(m => m.Id).Select(m => new { m.KeptSpeakerId, m.MergedName }).FirstOrDefaultAsync(ct);
        if (merge is null)
            return null;
        var kept = await db.Speakers.Where(s => s.Id == merge.KeptSpeakerId).Select(s => s.Slug).FirstOrDefaultAsync(ct);
        if (kept is not null)
            return kept;
        var holders = await db.Speakers.Where(s => db.SpeakerAliases.Any(a => a.SpeakerId == s.Id && a.Spelling == merge.MergedName))
            .Select(s => s.Slug).Take(2).ToListAsync(ct);
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>Where the role timeline's years fall on its small chart: the first and last year of all roles.</summary>
    public (int From, int To) Years()
    {
        var years = Profile!.Roles.SelectMany(r => new[] { r.First.Date, r.Last.Date }).OfType<DateOnly>().Select(d => d.Year).ToList();
        return years.Count == 0 ? (0, 0) : (years.Min(), years.Max());
    }

    private static string Stem(string word) => word.Length > 5 ? word[..5] : word;
}
