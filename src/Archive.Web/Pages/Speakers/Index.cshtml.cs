using Archive.Core.Data;
using Archive.Core.Reading;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Archive.Web.Pages.Speakers;

public class IndexModel(ArchiveDb db) : PageModel
{
    public IReadOnlyList<IGrouping<string, SpeakerIndexRow>> Letters { get; private set; } = [];
    public int Total { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.SpeakerIndexAsync(ct);
        Total = rows.Count;
        // "#" (names in other scripts) after Z.
        Letters = [.. rows.GroupBy(r => r.Letter).OrderBy(g => g.Key == "#").ThenBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>"1 document", "2 documents": the browse pages' word for the count.</summary>
    public static string Documents(int count) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {BarChart.Documents(count)}");
}
