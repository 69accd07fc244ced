namespace Archive.Web.Pages.Curate;

/// <summary>How much the curation pages take in one request; everything else keeps the server's 64 KB.</summary>
public static class UploadLimits
{
    public const long FileBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 20;

    /// <summary>A batch: several files, up to 50 MB together, plus the form around them.</summary>
    public const long BatchRequestBytes = 50 * 1024 * 1024 + 64 * 1024;

    /// <summary>An edited body can be as long as the largest file, plus the other fields.</summary>
    public const long EditRequestBytes = FileBytes + 1024 * 1024;

    /// <summary>A held-back file sent again as base64 ("store anyway"): four bytes for every three.</summary>
    public const long ResendRequestBytes = FileBytes / 3 * 4 + 1024 * 1024;
}
