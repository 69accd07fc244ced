namespace Archive.Core.Import;

/// <summary>UN Member States, the Holy See and the State of Palestine, with common alternative names.</summary>
public static class MemberStates
{
    private static readonly string[] Canonical =
    [
        "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina", "Armenia",
        "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados", "Belarus", "Belgium",
        "Belize", "Benin", "Bhutan", "Bolivia (Plurinational State of)", "Bosnia and Herzegovina", "Botswana", "Brazil",
        "Brunei Darussalam", "Bulgaria", "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada",
        "Central African Republic", "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica",
        "Côte d'Ivoire", "Croatia", "Cuba", "Cyprus", "Czechia", "Democratic People's Republic of Korea",
        "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic", "Ecuador", "Egypt",
        "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
        "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau",
        "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran (Islamic Republic of)", "Iraq",
        "Ireland", "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
        "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
        "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
        "Marshall Islands", "Mauritania", "Mauritius", "Mexico", "Micronesia (Federated States of)", "Monaco", "Mongolia",
        "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru", "Nepal", "Netherlands", "New Zealand",
        "Nicaragua", "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
        "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Republic of Korea",
        "Republic of Moldova", "Romania", "Russian Federation", "Rwanda", "Saint Kitts and Nevis", "Saint Lucia",
        "Saint Vincent and the Grenadines", "Samoa", "San Marino", "Sao Tome and Principe", "Saudi Arabia", "Senegal",
        "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia",
        "South Africa", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland",
        "Syrian Arab Republic", "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago",
        "Tunisia", "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
        "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania", "United States of America",
        "Uruguay", "Uzbekistan", "Vanuatu", "Venezuela (Bolivarian Republic of)", "Viet Nam", "Yemen", "Zambia",
        "Zimbabwe", "Holy See", "State of Palestine",
    ];

    private static readonly (string Alias, string Name)[] Aliases =
    [
        ("Bolivia", "Bolivia (Plurinational State of)"), ("Plurinational State of Bolivia", "Bolivia (Plurinational State of)"),
        ("Iran", "Iran (Islamic Republic of)"), ("Islamic Republic of Iran", "Iran (Islamic Republic of)"),
        ("Micronesia", "Micronesia (Federated States of)"), ("Federated States of Micronesia", "Micronesia (Federated States of)"),
        ("Venezuela", "Venezuela (Bolivarian Republic of)"), ("Bolivarian Republic of Venezuela", "Venezuela (Bolivarian Republic of)"),
        ("Cote d'Ivoire", "Côte d'Ivoire"), ("Côte d’Ivoire", "Côte d'Ivoire"), ("Ivory Coast", "Côte d'Ivoire"),
        ("Czech Republic", "Czechia"), ("Slovak Republic", "Slovakia"), ("Swaziland", "Eswatini"), ("Cape Verde", "Cabo Verde"),
        ("Democratic People’s Republic of Korea", "Democratic People's Republic of Korea"),
        ("Lao People’s Democratic Republic", "Lao People's Democratic Republic"), ("Laos", "Lao People's Democratic Republic"),
        ("Moldova", "Republic of Moldova"), ("Russia", "Russian Federation"), ("Syria", "Syrian Arab Republic"),
        ("Tanzania", "United Republic of Tanzania"), ("Turkey", "Türkiye"), ("Turkiye", "Türkiye"),
        ("United Kingdom", "United Kingdom of Great Britain and Northern Ireland"),
        ("United States", "United States of America"), ("Vietnam", "Viet Nam"),
        ("Macedonia", "North Macedonia"), ("Palestine", "State of Palestine"), ("Brunei", "Brunei Darussalam"),
        ("Sao Tomé and Príncipe", "Sao Tome and Principe"),
    ];

    private static readonly (string Text, string Name)[] AllNames =
        Canonical.Select(c => (c, c)).Concat(Aliases).OrderByDescending(n => n.Item1.Length).ToArray();

    public static IReadOnlyList<string> All => Canonical;

    /// <summary>
    /// The UN short name for exactly this name or a listed alternative ("Turkey" → "Türkiye", "Swaziland" → "Eswatini"),
    /// ignoring case, surrounding spaces and the apostrophe's form; null when the whole name is not one of them.
    /// </summary>
    public static string? CanonicalName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        var wanted = name.Trim().Replace('’', '\'');
        foreach (var (text, canonical) in AllNames)
        {
            if (string.Equals(text.Replace('’', '\''), wanted, StringComparison.OrdinalIgnoreCase))
                return canonical;
        }
        return null;
    }

    /// <summary>
    /// The first state named in the text, by its UN short name: "Permanent Mission of the Republic of Azerbaijan" →
    /// "Azerbaijan". At equal positions the longer name wins, so "Guinea-Bissau" is not read as "Guinea".
    /// </summary>
    public static string? FindFirst(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2_000)
        {
            return null;
        }

        var bestIndex = int.MaxValue;
        string? best = null;
        foreach (var (name, canonical) in AllNames)
        {
            var at = TextRules.IndexOfWord(text, name);

            // "Niger" must not be read inside "Nigeria", nor "Guinea" before "-Bissau".
            while (at >= 0 && at + name.Length < text.Length && text[at + name.Length] == '-')
            {
                at = TextRules.IndexOfWord(text, name, at + 1);
            }

            if (at >= 0 && at < bestIndex)
            {
                bestIndex = at;
                best = canonical;
            }
        }

        return best;
    }
}
