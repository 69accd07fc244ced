namespace Archive.Core.Documents;

/// <summary>A spelling of a speaker's name as a document wrote it ("Tofiq F. Musayev", "Tofig Musayev").</summary>
public class SpeakerAlias
{
    public int Id { get; set; }
    public int SpeakerId { get; set; }
    public required string Spelling { get; set; }

    /// <summary>Folded form used to find the person again: lower case, no diacritics, no initials.</summary>
    public required string MatchKey { get; set; }

    /// <summary>Last word of <see cref="MatchKey"/>: candidates for "the same person" share it.</summary>
    public required string SurnameKey { get; set; }
}
