using System.Globalization;

namespace Archive.Web.Pages.Organs;

/// <summary>Organ, session and agenda item permalinks, keyed by the organ's slug and the numbers the UN uses.</summary>
public static class OrganLinks
{
    /// <summary>The session segment of an agenda item's address when the documents name no session.</summary>
    public const string NoSession = "no-session";

    public static readonly Crumb Index = new("Organs", "/organs");

    public static readonly Crumb AgendaIndex = new("Agenda items", "/agenda");

    public static string Organ(string slug) => "/organs/" + slug;

    public static string Session(string slug, int session) => string.Create(CultureInfo.InvariantCulture, $"/organs/{slug}/sessions/{session}");

    public static string AgendaItem(string organSlug, int? session, int number, string subItem) =>
        string.Create(CultureInfo.InvariantCulture, $"/agenda/{organSlug}/{(session is int n ? n.ToString(CultureInfo.InvariantCulture) : NoSession)}/{number}{subItem}");

    /// <summary>"74th session" of the General Assembly, "74th year" of the Security Council.</summary>
    public static string SessionName(int session, string term) => $"{Ordinal(session)} {term}";

    /// <summary>"item 68 (b)".</summary>
    public static string ItemName(int number, string subItem) =>
        subItem.Length > 0 ? string.Create(CultureInfo.InvariantCulture, $"item {number} ({subItem})") : string.Create(CultureInfo.InvariantCulture, $"item {number}");

    public static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => string.Create(CultureInfo.InvariantCulture, $"{n}th"),
        _ => (n % 10) switch
        {
            1 => string.Create(CultureInfo.InvariantCulture, $"{n}st"),
            2 => string.Create(CultureInfo.InvariantCulture, $"{n}nd"),
            3 => string.Create(CultureInfo.InvariantCulture, $"{n}rd"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{n}th"),
        },
    };
}
