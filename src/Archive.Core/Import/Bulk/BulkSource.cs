using System.Formats.Tar;
using System.Threading.Channels;
using Archive.Core.Import.Formats;
using SharpCompress.Compressors.Xz;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// Reads the files of a folder (as <see cref="FolderImporter.FilesUnder"/> chooses them) or of a tar archive, plain or
/// xz-compressed (<c>.tar</c>, <c>.tar.xz</c>, <c>.txz</c>), streamed without unpacking to disk. Entries that are no
/// regular file, hidden (a path part starting with '.', such as macOS "._" files) or of no format the archive reads are
/// left out and named in <see cref="LeftOut"/>.
/// </summary>
public sealed class BulkSource(string path, long maxFileBytes, bool xzProgram = true)
{
    private readonly List<string> _leftOut = [];
    private Stream? _archive;
    private long _archiveLength;
    private int _filesTotal = -1;

    public static bool IsArchive(string path) =>
        path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tar.xz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".txz", StringComparison.OrdinalIgnoreCase);

    /// <summary>Entries skipped as not regular, hidden or of a format the archive does not read.</summary>
    public IReadOnlyList<string> LeftOut => _leftOut;

    /// <summary>The share of the source read so far (0 to 1), from the files counted or the compressed bytes consumed.</summary>
    public double Fraction(int filesDone)
    {
        if (_archive is { } stream)
        {
            try
            {
                return _archiveLength == 0 ? 1 : Math.Min(1, (double)stream.Position / _archiveLength);
            }
            catch (ObjectDisposedException)
            {
                return 1;
            }
        }
        return _filesTotal <= 0 ? 0 : Math.Min(1, (double)filesDone / _filesTotal);
    }

    /// <summary>How many files a folder holds; null for an archive, which is not read twice to count them.</summary>
    public int? FilesTotal => _filesTotal >= 0 ? _filesTotal : null;

    public async Task ReadAsync(ChannelWriter<BulkEntry> output, CancellationToken ct)
    {
        try
        {
            if (IsArchive(path))
                await ReadArchiveAsync(output, ct);
            else
                await ReadFolderAsync(output, ct);
            output.Complete();
        }
        catch (Exception ex)
        {
            output.Complete(ex);
        }
    }

    private async Task ReadFolderAsync(ChannelWriter<BulkEntry> output, CancellationToken ct)
    {
        var root = File.Exists(path) ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))! : System.IO.Path.GetFullPath(path);
        var files = FolderImporter.FilesUnder(path);
        _filesTotal = files.Count;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            var name = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            BulkEntry entry;
            try
            {
                var length = new FileInfo(file).Length;
                entry = length > maxFileBytes ? new BulkEntry(name, null, DocumentLoader.TooLarge(length, maxFileBytes))
                    : length == 0 ? new BulkEntry(name, null, "The file is empty (or is not a regular file, such as a pipe or a device).")
                    : new BulkEntry(name, await File.ReadAllBytesAsync(file, ct), null);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                entry = new BulkEntry(name, null, $"The file could not be read: {ex.Message}");
            }
            await output.WriteAsync(entry, ct);
        }
    }

    private async Task ReadArchiveAsync(ChannelWriter<BulkEntry> output, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        _archiveLength = file.Length;
        _archive = file;
        using var xz = path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) || !xzProgram ? null : XzProcess.TryStart(file);
        // xz(1) decodes the 39 MB UNGDC archive in 2.4 s, SharpCompress in managed code in 4.2 s (on this reader's thread):
        // the program when it is there, else the managed decoder, so no external program is needed.
        await using Stream tarStream = path.EndsWith(".tar", StringComparison.OrdinalIgnoreCase) ? new BufferedStream(file, 1 << 20)
            : xz is not null ? new BufferedStream(xz.Output, 1 << 20) : new XZStream(new BufferedStream(file, 1 << 20));
        await ReadTarAsync(tarStream, output, ct);
        // A damaged archive can end the program's output early: only its exit says so.
        xz?.ThrowIfFailed();
    }

    private async Task ReadTarAsync(Stream tarStream, ChannelWriter<BulkEntry> output, CancellationToken ct)
    {
        using var tar = new TarReader(tarStream);
        // Read synchronously: the xz decoder has no asynchronous path, and Stream's default ReadAsync sends every small
        // read of the tar headers through the thread pool (seven times slower here). This runs on a thread of its own.
        while (tar.GetNextEntry(copyData: false) is { } entry)
        {
            ct.ThrowIfCancellationRequested();
            var name = entry.Name.Replace('\\', '/').TrimStart('/');
            if (name.StartsWith("./", StringComparison.Ordinal))
                name = name[2..];
            if (entry.EntryType is TarEntryType.Directory)
                continue;
            var hidden = name.Split('/').Any(p => p.StartsWith('.'));
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || hidden || !DocumentFormats.IsAccepted(name))
            {
                _leftOut.Add(name);
                continue;
            }
            if (entry.Length > maxFileBytes || entry.Length == 0)
            {
                await WriteAsync(output, new BulkEntry(name, null, entry.Length == 0 ? "The file is empty." : DocumentLoader.TooLarge(entry.Length, maxFileBytes)), ct);
                continue;
            }
            var content = new byte[entry.Length];
            entry.DataStream!.ReadExactly(content);
            await WriteAsync(output, new BulkEntry(name, content, null), ct);
        }
    }

    // Waits only when the parsers are behind.
    private static async ValueTask WriteAsync(ChannelWriter<BulkEntry> output, BulkEntry entry, CancellationToken ct)
    {
        while (!output.TryWrite(entry))
        {
            if (!await output.WaitToWriteAsync(ct))
                throw new ChannelClosedException();
        }
    }
}
