using System.Globalization;

namespace Archive.Web.Pages;

/// <summary>
/// Documents per period drawn as an SVG bar chart on the server, with the same figures in a table. Geometry is in
/// whole units of the view box, so the markup needs no inline styles (the content security policy forbids them).
/// </summary>
public sealed record BarChart(string Id, string Title, string PeriodHeading, IReadOnlyList<Bar> Bars)
{
    private const int Slot = 40;
    private const int BarWidth = 28;
    private const int PlotHeight = 120;
    private const int Top = 16;

    public int Width => Math.Max(Bars.Count * Slot, 200);
    public int Height => Top + PlotHeight + 20;
    public int Baseline => Top + PlotHeight;
    public int Total => Bars.Sum(b => b.Count);

    /// <summary>Read by screen readers in place of the picture: the span, the total and the peak.</summary>
    public string Description
    {
        get
        {
            if (Bars.Count == 0)
                return "No documents.";
            var peak = Bars.MaxBy(b => b.Count)!;
            return string.Create(CultureInfo.InvariantCulture,
                $"{Total} {Documents(Total)} from {Bars[0].Label} to {Bars[^1].Label}; the most, {peak.Count}, in {peak.Label}. The table that follows gives every figure.");
        }
    }

    /// <summary>Labels under every bar when they fit, else under every second, fifth or tenth.</summary>
    public int LabelEvery => Bars.Count <= 20 ? 1 : Bars.Count <= 40 ? 2 : Bars.Count <= 100 ? 5 : 10;

    public IEnumerable<PlacedBar> Placed()
    {
        var max = Math.Max(1, Bars.Count == 0 ? 1 : Bars.Max(b => b.Count));
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var height = bar.Count == 0 ? 0 : Math.Max(2, (int)Math.Round(PlotHeight * (double)bar.Count / max));
            var x = i * Slot + (Slot - BarWidth) / 2;
            yield return new PlacedBar(bar, x, Baseline - height, BarWidth, height, x + BarWidth / 2, i % LabelEvery == 0);
        }
    }

    public static string Documents(int count) => count == 1 ? "document" : "documents";
}

/// <summary>One period: its full label ("November 2019"), the short one under the bar ("Nov") and its link, if it has documents.</summary>
public sealed record Bar(string Label, string ShortLabel, int Count, string? Href);

public sealed record PlacedBar(Bar Bar, int X, int Y, int Width, int Height, int Middle, bool Labelled);
