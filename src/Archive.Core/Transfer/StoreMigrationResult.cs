namespace Archive.Core.Transfer;

/// <summary>
/// What a move did: rows restored, tables and dump size, the comparison of source and target (no differences means nothing
/// was lost), and how long each step took.
/// </summary>
public sealed record StoreMigrationResult(long Rows, int Tables, long DumpBytes, ArchiveComparisonResult Comparison,
    TimeSpan Dump, TimeSpan Restore, TimeSpan Compare, TimeSpan Total)
{
    public bool Identical => Comparison.Differences.Count == 0 && Comparison.Rows == Rows;
}
