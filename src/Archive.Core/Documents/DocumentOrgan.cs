namespace Archive.Core.Documents;

/// <summary>An organ a document belongs to, with the session (or Security Council year) when the document names it.</summary>
public class DocumentOrgan
{
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public int OrganId { get; set; }
    public Organ Organ { get; set; } = null!;
    public int? Session { get; set; }

    /// <summary>0 for the primary organ; a letter to the General Assembly and the Security Council has 0 and 1.</summary>
    public int Position { get; set; }
}
