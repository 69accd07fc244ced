namespace Archive.Core.Import.Bulk;

/// <summary>What a bulk import did, file by file, and what the profile could not join.</summary>
public sealed record BulkImportOutcome(
    IReadOnlyList<ImportResult> Results, IReadOnlyList<JoinNote> Join, IReadOnlyList<string> LeftOut, bool Interrupted,
    TimeSpan Elapsed, TimeSpan StoreTime, TimeSpan SearchableTime, int? Indexed)
{
    /// <summary>Why the reading stopped before the end (a damaged archive), or null when every file was read.</summary>
    public string? SourceError { get; init; }

    /// <summary>Set when the archive was recognised by its SHA-256 as imported whole before (and not read again).</summary>
    public ImportRecord.Earlier? ImportedBefore { get; init; }
}
