namespace Archive.Core.Import.Bulk;

/// <summary>One file of a bulk import: its path inside the folder or archive ('/'-separated) and its bytes, or why it was not read.</summary>
public sealed record BulkEntry(string Path, byte[]? Content, string? Refusal);
