using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import;

/// <summary>Imports one file or every .txt and .md file under a folder, one transaction per file.</summary>
public sealed class FolderImporter(DocumentLoader loader, IOptions<ArchiveOptions> options, ILogger<FolderImporter> logger)
{
    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>The files an import of <paramref name="path"/> would read, in a stable order, hidden ones left out.</summary>
    public static IReadOnlyList<string> FilesUnder(string path)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"No file or folder at {path}.");
        var root = Path.GetFullPath(path);
        return [.. Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .Order(StringComparer.Ordinal)];
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

    private async Task<ImportResult> ImportFileAsync(string file, string name, string importedVia, CancellationToken ct)
    {
        try
        {
            // Refuse an oversized file before reading it into memory.
            var size = new FileInfo(file).Length;
            if (size > options.Value.MaxFileBytes)
                return loader.Refuse(name, DocumentLoader.TooLarge(size, options.Value.MaxFileBytes));
            var content = await File.ReadAllBytesAsync(file, ct);
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
