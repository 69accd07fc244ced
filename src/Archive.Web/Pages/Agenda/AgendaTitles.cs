using Archive.Core.Import;

namespace Archive.Web.Pages.Agenda;

public static class AgendaTitles
{
    /// <summary>
    /// The same item across sessions: titles folded to lower-case ASCII words, so "Protracted conflicts in the GUAM
    /// area…" is one item whether it is number 32 of the 74th session or 36 of the 76th.
    /// </summary>
    public static string? Key(string? title) => string.IsNullOrWhiteSpace(title) ? null : Slugs.From(title, 1000);
}
