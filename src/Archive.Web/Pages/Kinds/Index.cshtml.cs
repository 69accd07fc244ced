using Archive.Core.Browse;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Kinds;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<KindRow> Kinds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var counts = (await db.CountByKindAsync(ct)).Select(c => new { c.Kind, c.Count });
        Kinds = [.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Kind)
            .Select(c => new KindRow(KindNames.Plural(c.Kind), KindNames.Href(c.Kind), c.Count))];
    }
}

public sealed record KindRow(string Name, string Href, int Count);
