using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>Proposes the numbered agenda items a heading names: "Agenda item 111 (h)", "Agenda items 17 and 18", "Item 2:".</summary>
internal static partial class AgendaExtractor
{
    public static IEnumerable<Candidate> Propose(ParseContext c)
    {
        if (c.Reader.AgendaItems.Count > 0)
        {
            var read = Join(c.Reader.AgendaItems.Select(a => (a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), a.SubItem)));
            yield return new Candidate("agenda", read, read, -1, Candidate.ReaderPrefix + "agenda", 60);
        }
        foreach (var line in c.Heading.Take(25))
        {
            var m = Items().Match(line.Text);
            if (!m.Success)
                m = ItemOfList().Match(line.Text);
            if (!m.Success)
                m = ItemColon().Match(line.Text);
            if (!m.Success)
                continue;
            var items = Numbers().Matches(m.Value).Select(n => (n.Groups[1].Value, n.Groups[2].Value)).ToList();
            yield return c.Propose("agenda", Join(items), line, m.Index, m.Length, "heading-agenda-item", 80);
            yield break;
        }
    }

    private static string Join(IEnumerable<(string Number, string SubItem)> items) =>
        string.Join("|", items.Select(i => i.SubItem.Length > 0 ? $"{i.Number} ({i.SubItem})" : i.Number).Distinct());

    // "Agenda item 111 (h)", "Agenda items 17 and 18", "agenda items 68 (b), 70 and 72".
    // Capitals too: "AGENDA ITEM 140".
    [GeneratedRegex(@"\bagenda items? \d{1,3}(?:\s?\([a-z]\))?(?:(?:,\s*|\s+and\s+)\d{1,3}(?:\s?\([a-z]\))?)*", RegexOptions.IgnoreCase)]
    private static partial Regex Items();

    // "Item 97 of the preliminary list", "Item 43 of the provisional agenda".
    [GeneratedRegex(@"\b[Ii]tems? \d{1,3}(?:\s?\([a-z]\))?(?:(?:,\s*|\s+and\s+)\d{1,3}(?:\s?\([a-z]\))?)* of the (?:provisional |preliminary )?(?:agenda|list)")]
    private static partial Regex ItemOfList();

    // "Item 2: Interactive dialogue with the High Commissioner".
    [GeneratedRegex(@"^Item \d{1,3}(?:\s?\([a-z]\))?[:.]")]
    private static partial Regex ItemColon();

    [GeneratedRegex(@"(\d{1,3})(?:\s?\(([a-z])\))?")]
    private static partial Regex Numbers();
}
