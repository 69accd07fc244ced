namespace Archive.Core.Search.Engine;

/// <summary>
/// The search index could not be opened or created (its folder or first commit did not fit on a full disk, say). Search
/// answers with <see cref="Exception.Message"/>; the engine tries again on its next use and works once space is freed.
/// </summary>
public sealed class SearchIndexUnavailableException(string path, Exception cause)
    : IOException($"The search index cannot be created at {path}: {Reason(cause)}", cause)
{
    private const int NoSpaceOnUnix = 28;         // ENOSPC
    private const int DiskFullOnWindows = 0x70;   // ERROR_DISK_FULL
    private const int HandleDiskFull = 0x27;      // ERROR_HANDLE_DISK_FULL

    /// <summary>The short reason: "the storage is full" when it is, else the system's own words.</summary>
    public static string Reason(Exception ex) =>
        IsStorageFull(ex) ? "the storage is full. Search works again once space is freed." : ex.Message;

    /// <summary>Whether <paramref name="ex"/> (or what it wraps) is the system saying there is no space left.</summary>
    public static bool IsStorageFull(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            var code = ex.HResult & 0xFFFF;
            if (ex is IOException && (ex.HResult == NoSpaceOnUnix || code == DiskFullOnWindows || code == HandleDiskFull))
                return true;
            if (ex.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
