namespace Archive.Core.Documents;

/// <summary>What sort of text a document is; stored by name so the column reads well and survives reordering.</summary>
public enum DocumentKind
{
    Unknown = 0,
    Statement,
    ExplanationOfVote,
    RightOfReply,
    Letter,
    IdenticalLetters,
    NoteVerbale,
    NewsReport,
}
