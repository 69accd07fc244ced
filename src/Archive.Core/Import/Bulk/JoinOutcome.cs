namespace Archive.Core.Import.Bulk;

public enum JoinOutcome
{
    /// <summary>Joined after a correction whose evidence is stated (a non-ISO code, a code the country name contradicts).</summary>
    Corrected,

    /// <summary>Two rows for the same file said the same thing once trimmed; one was kept.</summary>
    Merged,

    /// <summary>Two rows name different people for one file; both are linked as its speakers.</summary>
    TwoSpeakers,

    /// <summary>A file with no sidecar row: stored with what its name says, speaker as the parser read it.</summary>
    FileWithoutRow,

    /// <summary>A sidecar row no file took.</summary>
    RowWithoutFile,

    /// <summary>A file whose name does not follow the profile's pattern: stored with what the parser read.</summary>
    FileNotInPattern,
}
