namespace Archive.Core.Documents;

/// <summary>A person in a document, with the role they held at the time and the spelling used there.</summary>
public class DocumentSpeaker
{
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public int SpeakerId { get; set; }
    public Speaker Speaker { get; set; } = null!;
    public string? Role { get; set; }
    public required string SpellingUsed { get; set; }
    public SpeakerCapacity Capacity { get; set; }
    public int Position { get; set; }
}
