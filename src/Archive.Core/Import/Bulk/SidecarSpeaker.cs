namespace Archive.Core.Import.Bulk;

/// <param name="Name">As the sidecar writes it, spaces trimmed ("Mr. GROMYKO").</param>
/// <param name="Post">The office held ("Minister for Foreign Affairs"), or null when the sidecar leaves it empty.</param>
public sealed record SidecarSpeaker(string Name, string? Post);
