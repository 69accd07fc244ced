using System.Globalization;
using System.Text.RegularExpressions;

namespace Archive.Core.Import;

/// <summary>Reads agenda lines: "Agenda items 31, 32, 37, 68, 75, 83 and 130", "Agenda item 68 (b)", "Item 4: Human rights situations …".</summary>
public static class AgendaRules
{
    // "Agenda items 31, 32, 37, 68, 75, 83 and 130", "Agenda item 68 (b)", "Item 4: Human rights situations …".
    // The lookahead rules out NonBacktracking; lines are capped at 400 characters, so a generous timeout never fires.
    private static readonly Regex Lead = new(
        @"^(?:(?:provisional\s+)?agenda\s+items?|items?)\s+(?=\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    // One entry: "68 (b)", "130", "71 (c)".
    private static readonly Regex Entry = new(
        @"^\s*(?:(\d{1,4})\s*(?:\(([a-z])\))?|\(([a-z])\))",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // ", 32", " and 130", ", and 884 (1993)": the separator between the items of a list, here and in resolution citations.
    internal static readonly Regex ListSeparator = new(
        @"^\s*(?:,\s*and\b|,|and\b|&)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // "Item 4 General Debate: Human rights situations …" and "Item 3: Interactive dialogue with the Special Rapporteur …":
    // the meeting held under the item, not its title.
    private static readonly Regex Meeting = new(
        @"^(?:(?:enhanced|clustered|informal)\s+)?(?:interactive\s+dialogue|general\s+debate|general\s+discussion|panel\s+discussion|annual\s+(?:full-day\s+)?(?:discussion|panel)|urgent\s+debate)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Parses an agenda line into (number, sub-item) pairs and, for "Item 4: Title", the inline title.</summary>
    public static bool TryParse(string? line, out IReadOnlyList<(int Number, string SubItem)> items, out string? inlineTitle) =>
        TryParse(line, out items, out inlineTitle, out _);

    /// <summary>
    /// As above, and the meeting the line names instead of (or before) a title: "Item 4 General Debate: Human rights
    /// situations …" gives the meeting "General Debate" and that title; "Item 3: Interactive dialogue with …" gives only a meeting.
    /// </summary>
    public static bool TryParse(string? line, out IReadOnlyList<(int Number, string SubItem)> items, out string? inlineTitle, out string? meeting)
    {
        meeting = null;
        var list = new List<(int Number, string SubItem)>();
        items = list;
        inlineTitle = null;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 400)
        {
            return false;
        }

        var s = TextRules.Plain(line).Trim();
        var lead = Lead.Match(s);
        if (!lead.Success)
        {
            return false;
        }

        var pos = lead.Length;
        var lastNumber = 0;
        var first = true;
        while (pos < s.Length)
        {
            var rest = s[pos..];
            if (!first)
            {
                var sep = ListSeparator.Match(rest);
                if (!sep.Success)
                {
                    break;
                }

                pos += sep.Length;
                rest = s[pos..];
            }

            var m = Entry.Match(rest);
            if (!m.Success)
            {
                break;
            }

            first = false;
            pos += m.Length;
            if (m.Groups[1].Success)
            {
                lastNumber = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                list.Add((lastNumber, m.Groups[2].Success ? m.Groups[2].Value : ""));
            }
            else if (lastNumber > 0)
            {
                list.Add((lastNumber, m.Groups[3].Value));
            }
        }

        if (list.Count == 0)
        {
            return false;
        }

        // "Item 4: Human rights situations that require the Council's attention" carries its title.
        var tail = s[pos..].Trim();
        var named = Meeting.Match(tail);
        if (named.Success && tail.Length > named.Length && tail[named.Length..].TrimStart()[0] is ':' or '\u2013' or '\u2014')
        {
            meeting = named.Value;
            tail = tail[named.Length..].Trim();
        }

        if (tail.Length > 1 && tail[0] is ':' or '\u2013' or '\u2014' or '-' or '.')
        {
            var title = tail[1..].Trim();
            inlineTitle = title.Length > 0 ? title : null;
            if (meeting == null && inlineTitle != null && Meeting.IsMatch(inlineTitle))
            {
                meeting = inlineTitle;
                inlineTitle = null;
            }
        }
        else if (tail.Length > 0 && !tail.StartsWith("of ", StringComparison.OrdinalIgnoreCase))
        {
            // Anything else after the numbers means this was prose that happens to start with "Item".
            items = [];
            return false;
        }

        return true;
    }
}
