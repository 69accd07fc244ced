namespace Archive.Core.Transfer;

/// <summary>How finely <see cref="ArchiveComparison"/> compares instants: exactly, or to the microsecond PostgreSQL keeps.</summary>
public enum InstantPrecision
{
    Exact,
    Microsecond,
}
