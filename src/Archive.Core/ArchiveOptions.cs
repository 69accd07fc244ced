using System.ComponentModel.DataAnnotations;

namespace Archive.Core;

/// <summary>Settings shared by every host, bound from the "Archive" configuration section.</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Largest file the importer accepts; larger ones are refused before parsing.</summary>
    [Range(1, 1024L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Folder imported when the web app starts on an empty archive; empty to skip.</summary>
    public string? SeedsPath { get; set; }

    /// <summary>The full-text index's folder; empty for the folder beside the database file (<c>archive.db.search</c>).</summary>
    public string? SearchIndexPath { get; set; }

    /// <summary>How long one search may take before it is stopped with a message (the client leaving stops it too).</summary>
    [Range(0.05, 600)]
    public double SearchDeadlineSeconds { get; set; } = 2;

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;
}
