using Archive.Core.Curation;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Archive.Web.Pages.Curate;

/// <summary>Agenda items, filtered by number or title, each with a rename form.</summary>
public class AgendaItemsModel(ArchiveDb db, AgendaItemEditor editor) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<AgendaItemRow> Rows { get; private set; } = [];
    public string? Done { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Q?.Length > 200)
            return BadRequest();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRenameAsync(int id, string? title, CancellationToken ct)
    {
        var result = await editor.RenameAsync(id, title, User.Identity!.Name!, ct);
        (Done, Problem) = result.Succeeded ? (result.Message, (string?)null) : ((string?)null, result.Message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = db.AgendaItems.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Q))
            query = int.TryParse(Q, out var number) ? query.Where(i => i.Number == number) : query.Where(i => i.Title != null && i.Title.Contains(Q));
        Rows = await query.OrderBy(i => i.Organ.Name).ThenBy(i => i.Session).ThenBy(i => i.Number).ThenBy(i => i.SubItem).Take(200)
            .Select(i => new AgendaItemRow(i.Id, i.Organ.Name, i.Session, i.Number, i.SubItem, i.Title))
            .ToListAsync(ct);
    }
}

public sealed record AgendaItemRow(int Id, string Organ, int? Session, int Number, string SubItem, string? Title);
