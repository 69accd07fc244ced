namespace Archive.Core.Documents;

/// <summary>
/// A saved state of a document: its fields and body as JSON (<see cref="Curation.DocumentSnapshot"/>), who saved it,
/// when, why, and a short summary of what changed from the revision before.
/// </summary>
public class Revision
{
    public int Id { get; set; }
    public int DocumentId { get; set; }

    /// <summary>1, 2, 3… within the document; revision 1 is the document as imported.</summary>
    public int Number { get; set; }

    /// <summary>The document's <see cref="Document.Version"/> once this revision was saved.</summary>
    public int Version { get; set; }
    public required string User { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Comment { get; set; }
    public required string Summary { get; set; }
    public required string Snapshot { get; set; }
}
