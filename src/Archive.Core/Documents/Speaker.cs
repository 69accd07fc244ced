namespace Archive.Core.Documents;

/// <summary>One person, however the documents spell the name.</summary>
public class Speaker
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public List<SpeakerAlias> Aliases { get; set; } = [];
    public List<DocumentSpeaker> Documents { get; set; } = [];
}
