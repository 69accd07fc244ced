using Archive.Core.Documents;
using Archive.Core.Import;

namespace Archive.Web.Pages.Kinds;

/// <summary>Kinds as the addresses and headings of the kind pages name them: /kinds/note-verbale, "Notes verbales".</summary>
public static class KindNames
{
    public static string Slug(DocumentKind kind) => Slugs.From(DocumentKinds.Label(kind));

    public static DocumentKind? FromSlug(string slug) =>
        Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);

    public static string Href(DocumentKind kind) => "/kinds/" + Slug(kind);

    public static string Plural(DocumentKind kind) => kind switch
    {
        DocumentKind.Statement => "Statements",
        DocumentKind.ExplanationOfVote => "Explanations of vote",
        DocumentKind.RightOfReply => "Rights of reply",
        DocumentKind.Letter => "Letters",
        DocumentKind.IdenticalLetters => "Identical letters",
        DocumentKind.NoteVerbale => "Notes verbales",
        DocumentKind.NewsReport => "News reports",
        _ => "Documents of unknown kind",
    };
}
