namespace Archive.Core.Import;

/// <summary>Recognises UN organs and offices under the names documents give them and returns one canonical name.</summary>
public static class OrganNames
{
    public const string GeneralAssembly = "General Assembly";
    public const string SecurityCouncil = "Security Council";
    public const string HumanRightsCouncil = "Human Rights Council";
    public const string EconomicAndSocialCouncil = "Economic and Social Council";
    public const string Ohchr = "Office of the United Nations High Commissioner for Human Rights";
    public const string UnOfficeGeneva = "United Nations Office at Geneva";

    // Variants longest first within each organ; the scan below prefers the longest match at a position.
    private static readonly (string Variant, string Canonical)[] Variants =
    [
        ("Office of the United Nations High Commissioner for Human Rights", Ohchr),
        ("Office of the UN High Commissioner for Human Rights", Ohchr),
        ("Office of the High Commissioner for Human Rights", Ohchr),
        ("OHCHR", Ohchr),
        ("United Nations Office at Geneva", UnOfficeGeneva),
        ("UN Office at Geneva", UnOfficeGeneva),
        ("UNOG", UnOfficeGeneva),
        ("General Assembly", GeneralAssembly),
        ("UNGA", GeneralAssembly),
        ("Security Council", SecurityCouncil),
        ("UNSC", SecurityCouncil),
        ("Human Rights Council", HumanRightsCouncil),
        ("Economic and Social Council", EconomicAndSocialCouncil),
        ("ECOSOC", EconomicAndSocialCouncil),
        ("First Committee", "First Committee"),
        ("Disarmament and International Security Committee", "First Committee"),
        ("Second Committee", "Second Committee"),
        ("Economic and Financial Committee", "Second Committee"),
        ("Third Committee", "Third Committee"),
        ("Social, Humanitarian and Cultural Committee", "Third Committee"),
        ("Fourth Committee", "Fourth Committee"),
        ("Special Political and Decolonization Committee", "Fourth Committee"),
        ("Fifth Committee", "Fifth Committee"),
        ("Administrative and Budgetary Committee", "Fifth Committee"),
        ("Sixth Committee", "Sixth Committee"),
        ("Legal Committee", "Sixth Committee"),
        ("Conference on Disarmament", "Conference on Disarmament"),
        ("Commission on the Status of Women", "Commission on the Status of Women"),
        ("Peacebuilding Commission", "Peacebuilding Commission"),
        ("International Court of Justice", "International Court of Justice"),
    ];

    /// <summary>The organ a string names, or null: "UN Security Council" → "Security Council".</summary>
    public static string? Recognize(string? text)
    {
        var all = FindAll(text);
        return all.Count > 0 ? all[0].Name : null;
    }

    /// <summary>True when the string is nothing but one or more organ names: "General Assembly Security Council".</summary>
    public static bool IsOnlyOrgans(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return false;
        }

        var rest = text;
        foreach (var (index, length, _) in FindAll(text).OrderByDescending(f => f.Index))
        {
            rest = rest.Remove(index, length);
        }

        rest = rest.Replace("United Nations", "", StringComparison.OrdinalIgnoreCase);
        return rest.All(c => char.IsWhiteSpace(c) || c is ',' or '/' or '-' or '\u2013' or '&') && FindAll(text).Count > 0;
    }

    /// <summary>Organ mentions in order: position, length in the text and canonical name.</summary>
    public static IReadOnlyList<(int Index, int Length, string Name)> FindAll(string? text)
    {
        var found = new List<(int Index, int Length, string Name)>();
        if (string.IsNullOrEmpty(text) || text.Length > 20_000)
        {
            return found;
        }

        foreach (var (variant, canonical) in Variants)
        {
            var at = 0;
            while ((at = TextRules.IndexOfWord(text, variant, at)) >= 0)
            {
                // Acronyms only in capitals, so "unga" in a word or "ohchr" in a URL does not count.
                var isAcronym = variant.All(c => char.IsUpper(c));
                if (!isAcronym || string.CompareOrdinal(text, at, variant, 0, variant.Length) == 0)
                {
                    if (!found.Any(f => at < f.Index + f.Length && f.Index < at + variant.Length))
                    {
                        found.Add((at, variant.Length, canonical));
                    }
                }

                at += variant.Length;
            }
        }

        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>Organs that sit in New York, where a "Permanent Representative of X" is accredited to the United Nations.</summary>
    public static bool IsNewYorkOrgan(string? name) =>
        name is GeneralAssembly or SecurityCouncil or EconomicAndSocialCouncil
        || (name?.EndsWith(" Committee", StringComparison.Ordinal) ?? false);

    /// <summary>
    /// The organ whose agenda an item is on: the Main Committees ("Sixth Committee") take up items of the General
    /// Assembly's agenda, so their items are the Assembly's.
    /// </summary>
    public static string AgendaOwner(string organ) => MainCommittees.Contains(organ) ? GeneralAssembly : organ;

    private static readonly string[] MainCommittees =
        ["First Committee", "Second Committee", "Third Committee", "Fourth Committee", "Fifth Committee", "Sixth Committee"];

    /// <summary>"year" for the Security Council, whose documents count years rather than sessions.</summary>
    public static string SessionTerm(string name) => name == SecurityCouncil ? "year" : "session";
}
