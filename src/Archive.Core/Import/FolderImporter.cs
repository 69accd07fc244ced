using Archive.Core.Import.Formats;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import;

/// <summary>Imports one file or every file of a format the archive reads (<see cref="DocumentFormats"/>) under a folder, one transaction per file.</summary>
public sealed class FolderImporter(DocumentLoader loader, IOptions<ArchiveOptions> options, ILogger<FolderImporter> logger)
{
    /// <summary>
    /// The files an import of <paramref name="path"/> would read, in a stable order: .txt, .md, .pdf, .docx and .html files, hidden ones
    /// left out, and folders reached through symbolic links not entered, so a link cannot loop or lead outside.
    /// </summary>
    public static IReadOnlyList<string> FilesUnder(string path)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"No file or folder at {path}.");
        var files = new List<string>();
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(Path.GetFullPath(path))]);
        while (pending.TryPop(out var folder))
        {
            foreach (var entry in folder.EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden))
                    continue;
                if (entry is DirectoryInfo child && child.LinkTarget is null)
                    pending.Push(child);
                else if (entry is FileInfo && DocumentFormats.IsAccepted(entry.Name))
                    files.Add(entry.FullName);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <param name="progress">Told after each file with its result and its position in the run.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(string path, string importedVia, Action<ImportResult, int, int>? progress, CancellationToken ct)
    {
        var files = FilesUnder(path);
        var root = File.Exists(path) ? Path.GetDirectoryName(Path.GetFullPath(path))! : Path.GetFullPath(path);
        var results = new List<ImportResult>(files.Count);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            // Reports name files relative to the folder imported, so a/x.txt and b/x.txt stay apart.
            var result = await ImportFileAsync(file, Path.GetRelativePath(root, file), importedVia, ct);
            results.Add(result);
            progress?.Invoke(result, results.Count, files.Count);
        }
        logger.LogInformation("Imported {Path}: {Imported} imported, {Duplicates} duplicates, {Failed} failed",
            path, results.Count(r => r.Status == ImportStatus.Imported), results.Count(r => r.Status == ImportStatus.Duplicate),
            results.Count(r => r.Status == ImportStatus.Failed));
        return results;
    }

    // Reads no more than needed to know the file is over the limit, even if it grows while being read.
    private static async Task<byte[]> ReadAtMostAsync(string file, long count, CancellationToken ct)
    {
        await using var stream = File.OpenRead(file);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < count && (read = await stream.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, count - buffer.Length)), ct)) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private async Task<ImportResult> ImportFileAsync(string file, string name, string importedVia, CancellationToken ct)
    {
        try
        {
            if (!DocumentFormats.IsAccepted(file))
                return loader.Refuse(name, $"Only {DocumentFormats.AcceptedList} files can be imported.");
            // A pipe or a device reports no length and may block or never end, so nothing of length 0 is opened.
            var info = new FileInfo(file);
            if (info.Length == 0)
                return loader.Refuse(name, "The file is empty (or is not a regular file, such as a pipe or a device).");
            // Refuse an oversized file before reading it into memory.
            var limit = options.Value.MaxFileBytes;
            if (info.Length > limit)
                return loader.Refuse(name, DocumentLoader.TooLarge(info.Length, limit));
            var content = await ReadAtMostAsync(file, limit + 1, ct);
            if (content.LongLength > limit)
                return loader.Refuse(name, DocumentLoader.TooLarge(content.LongLength, limit));
            return await loader.ImportAsync(content, name, importedVia, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return loader.Refuse(name, $"The file could not be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One broken file, or a store that failed for it, must not end the run without a report.
            logger.LogError(ex, "Import of {FileName} failed unexpectedly", name);
            return ImportResult.Failed(name, $"The import failed: {ex.GetBaseException().Message}");
        }
    }
}
