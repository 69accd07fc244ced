namespace Archive.Core.Documents;

public static class DocumentKinds
{
    /// <summary>The kind as readers call it: "note verbale", "explanation of vote".</summary>
    public static string Label(DocumentKind kind) => kind switch
    {
        DocumentKind.Statement => "statement",
        DocumentKind.ExplanationOfVote => "explanation of vote",
        DocumentKind.RightOfReply => "right of reply",
        DocumentKind.Letter => "letter",
        DocumentKind.IdenticalLetters => "identical letters",
        DocumentKind.NoteVerbale => "note verbale",
        DocumentKind.NewsReport => "news report",
        _ => "unknown kind",
    };

    /// <summary>The kind as a list or heading shows it: "Note verbale", "Explanation of vote".</summary>
    public static string DisplayName(DocumentKind kind)
    {
        var label = Label(kind);
        return char.ToUpperInvariant(label[0]) + label[1..];
    }

    /// <summary>Reads a kind from its enum name ("NoteVerbale") or its label ("note verbale"); null when neither.</summary>
    public static DocumentKind? Parse(string text) =>
        Enum.TryParse<DocumentKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind
            : Enum.GetValues<DocumentKind>().Cast<DocumentKind?>().FirstOrDefault(k => string.Equals(Label(k!.Value), text.Trim(), StringComparison.OrdinalIgnoreCase));
}
