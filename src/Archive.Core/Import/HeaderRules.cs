using System.Text.RegularExpressions;

namespace Archive.Core.Import;

// Line-level patterns for the heading part of a document. Each runs on one short line, never on a body.
internal static class HeaderRules
{
    // NonBacktracking: linear time on any line, so no timeout can fire under load and the result never depends on it.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.NonBacktracking;
    private const RegexOptions CaseSensitive = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    // UN duty stations, for mission addresses ("633 Third Avenue, Suite 3210, New York, NY, 10017") and "GENEVA".
    public static readonly string[] DutyStations = ["New York", "Geneva", "Vienna", "Nairobi"];

    // " date 2025-07-01 BAKU, Azerbaijan, July 1." — an export artifact at the very start of the file.
    public static readonly Regex ExportDate = new(@"^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*", Options);

    // "Letter dated 26 November 2019 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General"
    public static readonly Regex TitleLine = new(
        @"^(Identical\s+letters|Letter|Note\s+verbale)\s+dated\s+(.{6,40}?)\s+from\s+(?:the\s+)?(.+?)\s+addressed\s+to\s+(?:the\s+)?(.+?)\.?$",
        Options);

    // Where such a heading starts, also when TitleLine cannot read it whole: "Note verbale dated 10 October 2022 from …".
    public static readonly Regex TitleStart = new(@"^(Identical\s+letters|Letter|Note\s+verbale)\s+dated\s+", Options);

    // "**Statement by H.E. Mr. Yashar Aliyev", "**Address by H.E. Ms. Abena Owusu-Mensah**", "**Explanation of vote by Canada …".
    public static readonly Regex Heading = new(
        @"^(Joint\s+statement|Statement|Remarks|Opening\s+remarks|Closing\s+remarks|Address|Keynote\s+address|Speech|Intervention|Explanation\s+of\s+(?:the\s+)?(?:vote|position)|Right\s+of\s+reply)(?:\s+(.*))?$",
        Options);

    // "Delivered by Mr. Daniel Fairweather, Counsellor" under a heading that names a delegation.
    public static readonly Regex DeliveredBy = new(@"^(?:Delivered|Presented|Read\s+out)\s+by\s+(.+)$", Options);

    // "English only" on UN documents not translated.
    public static readonly Regex OnlyLanguage = new(@"^(Arabic|Chinese|English|French|Russian|Spanish)\s+only$", Options);

    // "22 February–23 March 2021" under "Forty-sixth session": the dates of a session, not of the document.
    public static readonly Regex DateRange = new(
        @"^\d{1,2}(?:\s+[A-Za-z]+)?\s*[\-\u2013\u2014]\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}$", Options);

    // "Mr. President,", "Mr. Moderator,", "Madam President,", "Excellencies,", "Thank you, Chair.".
    public static readonly Regex Salutation = new(
        @"^(?:Thank\s+you,?\s+(?:Mr\.?|Madam|Madame|Chair\w*|President|Co-?[Cc]hairs?|Moderator)\b.{0,40}[.,!]|(?:Mr\.?|Madam|Madame|Mme\.?|Ms\.?|Mrs\.?|Excellenc(?:y|ies)|Your\s+Excellenc(?:y|ies)|Dear|Distinguished|Honou?rable|Ladies|Colleagues|Co-?[Cc]hairs?|Chair(?:person|man|woman)?|President)\b.{0,60}[,:!])$",
        CaseSensitive);

    // "Distr.: General" optionally followed by "27 November 2019" on the same line.
    public static readonly Regex Distribution = new(@"^Distr\.?\s*:?\s*(?:General|Limited|Restricted)\b\s*(.*)$", Options);

    // "Original: English"
    public static readonly Regex Original = new(@"^Original\s*:\s*([A-Za-z]+)\b", Options);

    // "Ref: 0461/27/20/22", "Ref. No. 12/2020".
    // The run before the first digit excludes digits, so there is one way to split the reference and no quadratic search.
    public static readonly Regex Reference = new(
        @"^(?:Ref(?:erence)?\.?(?:\s*No\.?)?|No\.)\s*:?\s*([A-Za-z0-9][\w./\--[\d]]*\d[\w./\-]*)$", Options);

    // "Tel: (212) 371-2559 …; Fax: …", "Tel: (212) 555-0140 | E-mail: …", "www.ghanamission-geneva.example.org".
    // The keyword must be followed by a colon or a number, so a sentence starting "Internet governance …" is not a phone line.
    public static readonly Regex Contact = new(
        @"^(?:Tel(?:ephone)?|Phone|Fax|Facsimile|E-?mail|Web(?:site|page)?|Internet)\b\.?\s*(?::|\+|\(|\d)|^www\.\S+$|^\+?\(?\d{2,4}\)?[\d\s\-]{6,}$",
        Options);

    // "ghanamission@example.org" on a letterhead line; only read in the heading, where no sentence can be lost.
    public static readonly Regex Email = new(@"@\w[\w\-]*\.\w+", Options);

    // "633 Third Avenue, Suite 3210, New York, NY, 10017", "Rue de Lausanne 67, 1202 Genève".
    public static readonly Regex Address = new(
        @"\b\d+\s+\w+(?:\s+\w+)?\s+(?:Avenue|Street|Plaza|Road|Place|Boulevard|Square)\b|\b(?:Suite|Floor|P\.?\s?O\.?\s?Box|Rue|Chemin|Route|Avenue)\b.*\d|\b\d{4,5}\s+(?:Gen[eè]v[ae]|Vienna|Wien|New York)\b|\bNY,?\s+\d{5}\b",
        Options);

    // "Seventy-fourth session", "Seventy-fourth year".
    public static readonly Regex SessionLine = new(@"^(?:Resumed\s+)?([A-Za-z\- ]{3,50}|\d{1,3}(?:st|nd|rd|th))\s+(session|year)$", Options);

    // "… of the seventy-ninth session of …": the words before "session" hold the ordinal.
    public static readonly Regex SessionPhrase = new(@"((?:[A-Za-z\-]+\s+){0,4}?(?:[A-Za-z\-]+|\d{1,3}(?:st|nd|rd|th)))\s+session\b", Options);

    // "78th Session of the General Assembly" alone on a line under the speaker's name: a session and its organ, nothing more.
    public static readonly Regex SessionOfOrgan = new(
        @"^(?:the\s+)?(?:[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?|\d{1,3}(?:st|nd|rd|th))\s+session\s+of\s+the\s+(?:United\s+Nations\s+)?[A-Za-z ]{5,60}$", Options);

    // Words that mark a line as naming a meeting: "Informal interactive dialogue …", "open debate".
    public static readonly Regex EventWords = new(
        @"\b(?:debate|dialogue|meeting|session|conference|summit|forum|panel|segment|briefing|consultations?|commemorat\w*|high-level|event|discussion|symposium|hearing)\b",
        Options);

    // "At the United Nations Security Council open debate on “Children and armed conflict”": a paragraph under the heading
    // that carries on its "Statement by …" line.
    public static readonly Regex EventContinuation = new(@"^(?:at|during|before|on\s+the\s+occasion\s+of)\s+(?:the\s+)?", Options);

    // The segment of a meeting: "General discussion", "Ministerial segment", "Item 3: Interactive dialogue with the Special
    // Rapporteur …", "SECOND COMMITTEE GENERAL DEBATE".
    public static readonly Regex MeetingSegment = new(
        @"^(?:(?:enhanced|clustered|informal|annual|high-level|thematic|open|general)\s+)?(?:interactive\s+dialogue|general\s+debate|general\s+discussion|panel\s+discussion|(?:full-day\s+)?discussion|(?:ministerial|high-level|general)\s+segment|open\s+debate|debate)\b",
        Options);

    // "Iceland, Estonia and the Republic of Korea": the separators of a list of States.
    public static readonly Regex ListSplit = new(@"\s*[,;:]\s*(?:and\s+)?|\s+and\s+", Options);

    // "*Check against delivery*" under a heading: a note to the reader, neither a field nor part of the speech.
    public static readonly Regex CheckAgainstDelivery = new(@"^(?:check\s+against\s+(?:delivery|the\s+spoken\s+word)|as\s+delivered|embargoed\s+until\s+delivery)\.?$", Options);

    // "Statement by the delegation of Cyprus in exercise of the right of reply"
    public static readonly Regex RightOfReply = new(@"\bright\s+of\s+reply\b", Options);

    // "**Explanation of vote by Canada on draft resolution A/C.3/74/L.27**"
    public static readonly Regex ExplanationOfVote = new(@"\bexplanations?\s+of\s+(?:the\s+)?(?:vote|position)\b", Options);

    // "The Permanent Mission of … in Geneva presents its compliments to the Office of the United Nations High Commissioner for Human Rights, and has the honour …"
    public static readonly Regex Compliments = new(
        @"^(?:The\s+)?(.{5,300}?)\s+presents\s+its\s+compliments\s+to\s+(?:the\s+)?(.{3,250}?)(?:,|\s+and\s+has\s+the\s+honou?r|\s+and\s+wishes)",
        CaseSensitive);

    // "BAKU, Azerbaijan, July 1." and "ASTANA, October 12 (Kazinform) –"
    public static readonly Regex Dateline = new(
        @"^([A-Z][A-Z.'\- ]{1,30}[A-Z]),\s*(?:([A-Z][A-Za-z.'\- ]{1,30}?),\s*)?((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})(?:\s*\(([^)]{2,40})\))?\s*(?:\.|--|\u2014|\u2013|-|:)\s*",
        CaseSensitive);

    // ", Trend reports, citing …" and "… delivered a statement at …, Kazinform correspondent reports."
    public static readonly Regex AgencyReports = new(
        @",\s*([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})\s+report(?:s|ed)\b|\breport(?:s|ed)\s+([A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*){0,2})",
        CaseSensitive);

    // "… Tofig Musayev made statement at …": the verb after a news report's speaker.
    public static readonly Regex SpeechVerb = new(
        @"\s(?:made|delivered|said|stated|noted|told|spoke|addressed|emphasized|emphasised|stressed|underlined|declared|highlighted)\b",
        CaseSensitive);

    // "Excellency," opening a letter from a mission, where a statement would open "Mr. President,".
    public static readonly Regex LetterSalutation = new(@"^(?:Your\s+)?Excellency[,:]?$|^Dear\s+.{2,60}[,:]$|^(?:Sir|Madam)[,:]$", CaseSensitive);

    // "Please accept, Excellency, the assurances of my highest consideration."
    public static readonly Regex LetterClosing = new(
        @"\b(?:highest|high|distinguished)\s+consideration\b|\bYours\s+(?:sincerely|faithfully|truly)\b|^Please\s+accept\b", Options);

    // "(Signed) Yashar Aliyev"
    public static readonly Regex Signed = new(@"^\(?Signed\)?\s*:?\s+(.+)$", CaseSensitive);

    // "Permanent Representative of the Republic of Azerbaijan" without "to …".
    public static readonly Regex BarePermanentRepresentative = new(
        @"^(?:Deputy\s+)?Permanent\s+Representative\s+of\s+(?:the\s+)?[^,]+$", CaseSensitive);

    // Page furniture in UN documents: "20-16452 (E) 041220", "2016452", "- 2 -", "Please recycle".
    public static readonly Regex PageDebris = new(
        @"^(?:\d{1,3}\s*/\s*\d{1,3}|-\s*\d{1,3}\s*-|Page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?|\*?\d{7}\*?|Please\s+recycle|\d{1,3})$",
        Options);

    // "at the Security Council open debate …", "in exercise of the right of reply".
    public static readonly string[] EventMarkers =
    [
        " at the ", " at ", " before the ", " during the ", " on the occasion of ", " in the general debate",
        " in the debate", " to the general debate", " in exercise of the right of reply", " in the exercise of the right of reply",
    ];

    // "Explanation of vote by Canada on draft resolution A/C.3/74/L.27": what follows names the text voted on, not a meeting.
    public static readonly string[] DraftMarkers = [" on draft resolution", " on the draft resolution", " on draft decision", " on the draft decision",
        " on the adoption of", " on the vote on", " after the vote", " before the vote"];

    // Capitalised words that end a role rather than start a name: "… to the United Nations Aibek Nurlanov".
    public static readonly HashSet<string> RoleWords = new(StringComparer.Ordinal)
    {
        "Nations", "United", "Republic", "Kingdom", "Council", "Assembly", "Mission", "Office", "Minister", "Representative",
        "Ambassador", "President", "Secretary", "Affairs", "Chargé", "Envoy", "Delegation", "Government", "Federation",
    };

    // The words that open every note verbale; cheap to test before the Compliments pattern runs.
    public static bool HasCompliments(string text) => text.Contains("presents its compliments", StringComparison.Ordinal);

    public static bool IsDutyStation(string line) =>
        DutyStations.Any(c => string.Equals(line.Trim().TrimEnd('.'), c, StringComparison.OrdinalIgnoreCase));

    public static string? DutyStationIn(string line)
    {
        foreach (var city in DutyStations)
        {
            if (TextRules.IndexOfWord(line, city) >= 0)
            {
                return city;
            }
        }

        return TextRules.IndexOfWord(line, "Genève") >= 0 ? "Geneva" : null;
    }

    // The ordinal in "seventy-fourth", "of the seventy-ninth", "the 72nd": the longest tail of the words that reads as one.
    public static int? OrdinalAtEnd(string words)
    {
        var parts = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(parts.Length, 5); take >= 1; take--)
        {
            var candidate = string.Join(' ', parts[^take..]);
            if (OrdinalWords.TryParse(candidate, out var n))
            {
                return n;
            }
        }

        return null;
    }
}
