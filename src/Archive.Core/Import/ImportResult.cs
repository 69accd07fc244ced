namespace Archive.Core.Import;

public enum ImportStatus
{
    Imported,
    Duplicate,
    Failed,
}

/// <summary>What became of one file: stored under <see cref="Slug"/>, already stored, or refused with a reason.</summary>
public sealed record ImportResult(string FileName, ImportStatus Status, string? Slug, string? Reason, IReadOnlyList<ImportWarning> Warnings)
{
    /// <summary>For a duplicate: the stored document's title, and whether it is still a draft (its review page is the link then).</summary>
    public string? ExistingTitle { get; init; }
    public bool ExistingIsDraft { get; init; }

    public static ImportResult Failed(string fileName, string reason) => new(fileName, ImportStatus.Failed, null, reason, []);
}
