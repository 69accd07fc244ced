namespace Archive.Core.Import.Bulk;

/// <summary>Where a bulk import stands, told after each batch and each file not stored.</summary>
/// <param name="Fraction">The share of the source read (for an archive, of its compressed bytes), 0 to 1.</param>
public sealed record BulkProgress(int Done, int Imported, int Duplicates, int Failed, double Fraction, int? Total, TimeSpan Elapsed);
