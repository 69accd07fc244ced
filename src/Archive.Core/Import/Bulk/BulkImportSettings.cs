namespace Archive.Core.Import.Bulk;

/// <summary>How a bulk import runs: documents per transaction, threads that parse, and how the documents say they came.</summary>
public sealed record BulkImportSettings
{
    public int BatchSize { get; init; } = 500;

    /// <summary>0 for one per processor.</summary>
    public int ParseWorkers { get; init; }
    public string ImportedVia { get; init; } = "command line";
}
