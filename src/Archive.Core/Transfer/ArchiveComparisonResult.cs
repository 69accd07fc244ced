namespace Archive.Core.Transfer;

/// <summary>Rows compared (pairs found in both), the differences (up to the limit), and instants that differed by less than a microsecond.</summary>
public sealed record ArchiveComparisonResult(long Rows, IReadOnlyList<string> Differences, long RoundedInstants);
