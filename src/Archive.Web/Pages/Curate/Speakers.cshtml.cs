using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

/// <summary>Find speakers by any spelling, merge two records of one person, and undo a merge.</summary>
public class SpeakersModel(ArchiveDb db, SpeakerMerger merger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public string? Kept { get; set; }

    [BindProperty]
    public string? Merged { get; set; }

    public IReadOnlyList<SpeakerListRow> Rows { get; private set; } = [];
    public IReadOnlyList<MergeRow> Merges { get; private set; } = [];
    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Q?.Length > 200)
            return BadRequest();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(CancellationToken ct)
    {
        var result = await merger.MergeAsync(Kept ?? "", Merged ?? "", User.Identity!.Name!, ct);
        (Done, Problem) = result.Succeeded ? (result.Message, (string?)null) : ((string?)null, result.Message);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostUndoAsync(int merge, CancellationToken ct)
    {
        var result = await merger.UndoAsync(merge, User.Identity!.Name!, ct);
        (Done, Problem) = result.Succeeded ? (result.Message, (string?)null) : ((string?)null, result.Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var key = PersonName.MatchKey(Q);
        var query = db.Speakers.AsNoTracking();
        if (key.Length > 0)
            query = query.Where(s => s.Aliases.Any(a => a.MatchKey.Contains(key)));
        Rows = await query.OrderBy(s => s.Name).Take(100)
            .Select(s => new SpeakerListRow(s.Slug, s.Name, s.Aliases.OrderBy(a => a.Spelling).Select(a => a.Spelling).ToList(), s.Documents.Count))
            .ToListAsync(ct);
        Merges = await db.SpeakerMerges.AsNoTracking().OrderByDescending(m => m.Id).Take(20)
            .Join(db.Speakers, m => m.KeptSpeakerId, s => s.Id, (m, s) => new MergeRow(m.Id, m.MergedName, s.Name, m.User, m.At, m.UndoneAt != null))
            .ToListAsync(ct);
    }
}

public sealed record SpeakerListRow(string Slug, string Name, IReadOnlyList<string> Spellings, int Documents);

public sealed record MergeRow(int Id, string MergedName, string KeptName, string User, DateTimeOffset At, bool Undone);
