using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import;

/// <summary>Imports one file or every .txt and .md file under a folder, one transaction per file.</summary>
public sealed class FolderImporter(DocumentLoader loader, IOptions<ArchiveOptions> options, ILogger<FolderImporter> logger)
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown"];

    /// <summary>The files an import of <paramref name="path"/> would read, in a stable order.</summary>
    public static IReadOnlyList<string> FilesUnder(string path)
    {
        if (File.Exists(path))
            return [path];
        if (!Directory.Exists(path))
            throw new DirectoryNotFoundException($"No file or folder at {path}.");
        return [.. Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)];
    }

    /// <param name="progress">Told after each file with its result and its position in the run.</param>
    public async Task<IReadOnlyList<ImportResult>> ImportAsync(string path, string importedVia, Action<ImportResult, int, int>? progress, CancellationToken ct)
    {
        var files = FilesUnder(path);
        var results = new List<ImportResult>(files.Count);
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var result = await ImportFileAsync(file, importedVia, ct);
            results.Add(result);
            progress?.Invoke(result, results.Count, files.Count);
        }
        logger.LogInformation("Imported {Path}: {Imported} imported, {Duplicates} duplicates, {Failed} failed",
            path, results.Count(r => r.Status == ImportStatus.Imported), results.Count(r => r.Status == ImportStatus.Duplicate),
            results.Count(r => r.Status == ImportStatus.Failed));
        return results;
    }

    private async Task<ImportResult> ImportFileAsync(string file, string importedVia, CancellationToken ct)
    {
        var name = Path.GetFileName(file);
        try
        {
            // Refuse an oversized file before reading it into memory.
            var size = new FileInfo(file).Length;
            if (size > options.Value.MaxFileBytes)
                return ImportResult.Failed(name, DocumentLoader.TooLarge(size, options.Value.MaxFileBytes));
            var content = await File.ReadAllBytesAsync(file, ct);
            return await loader.ImportAsync(content, name, importedVia, ct);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not read {FileName}", file);
            return ImportResult.Failed(name, $"The file could not be read: {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            logger.LogWarning(ex, "Could not read {FileName}", file);
            return ImportResult.Failed(name, $"The file could not be read: {ex.Message}");
        }
    }
}
