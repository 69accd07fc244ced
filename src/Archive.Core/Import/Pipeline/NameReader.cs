using System.Text.RegularExpressions;

namespace Archive.Core.Import.Pipeline;

/// <summary>Reads a person's name at a position: honorifics skipped, capitalised words taken until a role word.</summary>
internal static partial class NameReader
{
    // Words that end a name or show the words are a role, a body or a place rather than a person.
    private static readonly HashSet<string> Stop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Permanent", "Representative", "Deputy", "Alternate", "Mission", "United", "Nations", "UN", "Security", "Council",
        "General", "Assembly", "Republic", "Kingdom", "State", "States", "Delegation", "Delegate", "Ambassador", "Minister",
        "Secretary", "Secretary-General", "Under-Secretary-General", "Statement", "Remarks", "President", "Chair", "Chairman",
        "Committee", "Session", "Meeting", "Debate", "Open", "High", "Level", "Head", "Political", "Coordinator", "Counsellor",
        "Counselor", "Director", "Director-General", "Excellency", "Government", "Foreign", "Affairs", "Prime", "The", "On",
        "At", "In", "Of", "To", "For", "And", "Mr", "Mrs", "Ms", "Madam", "Explanation", "Vote", "Right", "Reply", "Briefing",
        "Office", "Federation", "European", "Union", "Group", "Joint", "Press", "Media", "News", "Vice", "Adviser", "Advisor",
        "Officer", "Chargé", "Counsel", "Spokesperson", "Representante", "Embaixador", "Embajador", "Ministro", "Conseiller",
        "Représentant", "Human", "Rights", "Agenda", "Item", "Report", "Conference", "Summit", "Day", "Week", "Today", "Thank",
        "We", "I", "It", "This", "Co-Chair", "Co-Chairs", "Vice-Chair", "Chairperson", "Moderator", "Facilitator",
        "Co-Facilitator", "Rapporteur", "Annex", "Enclosure", "Our", "His", "Her", "Statements", "Intervention", "Speech", "Message", "Address",
    };

    /// <summary>The name that starts at <paramref name="start"/> (honorifics first), or null.</summary>
    public static (string Name, int Index, int Length)? Read(string text, int start, bool allowSingle)
    {
        var h = Honorific().Match(text, start);
        var at = start;
        var honoured = false;
        while (h.Success && h.Index == at)
        {
            at = h.Index + h.Length;
            honoured = true;
            h = Honorific().Match(text, at);
        }
        var m = Name().Match(text, at);
        if (!m.Success || m.Index != at)
            return null;
        var tokens = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var kept = new List<string>();
        foreach (var token in tokens)
        {
            // A State's name ends a name only where it could open one: "Mr. R. Madhu Sudan" keeps his surname.
            var bare = token.EndsWith("’s", StringComparison.Ordinal) || token.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? token[..^2] : token;
            // "Ana Ruiz Upholding the Charter": a title's gerund ends a name.
            if (Stop.Contains(bare.TrimEnd('.', ',', '’', '\'')) || TitleGerund().IsMatch(bare) || (kept.Count(t => !Initial().IsMatch(t)) == 0 && MemberStates.FindFirst(token.TrimEnd('.', ',')) != null))
                break;
            // "Nebenzia’s remarks": the possessive ends the name.
            if (token.Length > 3 && token[^2] is '’' or '\'' && token[^1] is 's' or 'S')
            {
                kept.Add(token[..^2]);
                break;
            }
            kept.Add(token);
        }
        while (kept.Count > 0 && IsParticle(kept[^1]))
            kept.RemoveAt(kept.Count - 1);
        var words = kept.Count(t => !Initial().IsMatch(t));
        if (words == 0 || (kept.Count == 1 && !(allowSingle || honoured)) || kept.Count > 6)
            return null;
        // "Harri Holkeri." at the end of a sentence: the full stop is not part of a surname (an initial keeps its own).
        if (kept[^1].Length > 2 && kept[^1].EndsWith('.'))
            kept[^1] = kept[^1][..^1];
        var name = string.Join(' ', kept).TrimEnd(',');
        // "Saudi Arabia" is a State; "R. Madhu Sudan" only ends like one.
        if (MemberStates.FindFirst(name) is { } state && name.StartsWith(state, StringComparison.Ordinal))
            return null;
        return (TextRules.TitleCaseIfShouted(name), at, Math.Min(name.Length, text.Length - at));
    }

    private static bool IsParticle(string t) => t is "de" or "da" or "do" or "dos" or "van" or "von" or "der" or "den" or "al" or "bin" or "la" or "del" or "el" or "ten" or "ter";

    // "H.E. Mr.", "Ambassador", "Minister-Counselor", "Prime Minister", "Embaixador", "M.": what precedes a name.
    [GeneratedRegex(@"\G(?:H\.\s?E\.|His Excellency|Her Excellency|Ambassador|Amb\.|Professor|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|M\.|Dr\.?|Prof\.?|Hon\.|HON\.|PM|Minister-Counsell?or|Prime Minister|Foreign Minister|President|Embaixador(?:a)?|Embajador(?:a)?|Ambassadeur|Sir|Dame|Madam|\p{Lu}?[\p{Ll}-]*minister)\s+")]
    private static partial Regex Honorific();

    // "R. Madhu Sudan", "Jean-Maurice Ripert", "Gustavo Sénéchal de Goffredo Junior", "JM Matjila": capitalised words on one line.
    [GeneratedRegex(@"\G\p{Lu}[\p{L}’'\-\u2010\u2011]*\.?(?:[ ]+(?:(?:de|da|do|dos|van|von|der|den|al|bin|la|del|el|ten|ter)[ ]+){0,2}\p{Lu}[\p{L}’'\-\u2010\u2011]*\.?)*")]
    private static partial Regex Name();

    // Verbs that open a title's topic: "Upholding", "Strengthening", "Promoting", "Advancing the …".
    [GeneratedRegex(@"^(?:Uphold|Strengthen|Promot|Advanc|Ensur|Protect|Build|Achiev|Address|Combat|Counter|Prevent|Support|Reaffirm|Renew|Deliver|Accelerat|Implement|Enhanc|Foster)ing$")]
    private static partial Regex TitleGerund();

    [GeneratedRegex(@"^\p{Lu}\.(?:\p{Lu}\.)*$|^\p{Lu}$")]
    private static partial Regex Initial();
}
