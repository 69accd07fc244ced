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
}
