namespace Archive.Core.Documents;

/// <summary>
/// Two speaker records found to be one person: the merged one's spellings and document links moved to the kept one.
/// Enough is recorded here to undo it: the merged person's name and slug, the aliases moved, and its links as they were.
/// </summary>
public class SpeakerMerge
{
    public int Id { get; set; }
    public int KeptSpeakerId { get; set; }
    public required string MergedName { get; set; }
    public required string MergedSlug { get; set; }
    public required string User { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>JSON: the ids of the aliases moved to the kept speaker, and the spellings dropped because the kept speaker had them too.</summary>
    public required string MovedAliases { get; set; }

    /// <summary>JSON: the merged speaker's document links as they were, and whether each was moved or folded into an existing one.</summary>
    public required string MovedLinks { get; set; }

    public DateTimeOffset? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}
