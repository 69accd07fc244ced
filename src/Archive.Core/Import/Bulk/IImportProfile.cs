namespace Archive.Core.Import.Bulk;

/// <summary>
/// Maps the files of one corpus to their metadata: from the file's path inside the folder or archive and a sidecar
/// table. Built once before the import; asked once per file, from several threads.
/// </summary>
public interface IImportProfile
{
    string Name { get; }

    /// <summary>The metadata for the file at <paramref name="path"/> ('/'-separated, relative to the folder or archive root).</summary>
    FileMetadata MetadataFor(string path);

    /// <summary>
    /// After every file was seen: each sidecar row no file took, each row merged into another, each corrected code,
    /// each file without a row, in a stable order. Nothing the sidecar holds is left out of this list or the files.
    /// </summary>
    IReadOnlyList<JoinNote> JoinReport(IReadOnlyCollection<string> pathsSeen);
}

/// <param name="Subject">"row 17 (1947, CZK)" or a file path.</param>
public sealed record JoinNote(JoinOutcome Outcome, string Subject, string Message);

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
