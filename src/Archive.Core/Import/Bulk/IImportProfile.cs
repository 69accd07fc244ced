namespace Archive.Core.Import.Bulk;

/// <summary>
/// Maps the files of one corpus to their metadata: from the file's path inside the folder or archive and a sidecar
/// table. Built once before the import; asked once per file, from several threads.
/// </summary>
public interface IImportProfile
{
    string Name { get; }

    /// <summary>What the mapping reads besides the files, as text that changes when it does (for ungdc, the sidecar's SHA-256).</summary>
    string Fingerprint { get; }

    /// <summary>The metadata for the file at <paramref name="path"/> ('/'-separated, relative to the folder or archive root).</summary>
    FileMetadata MetadataFor(string path);

    /// <summary>
    /// After every file was seen: each sidecar row no file took, each row merged into another, each corrected code,
    /// each file without a row, in a stable order. Nothing the sidecar holds is left out of this list or the files.
    /// </summary>
    IReadOnlyList<JoinNote> JoinReport(IReadOnlyCollection<string> pathsSeen);
}
