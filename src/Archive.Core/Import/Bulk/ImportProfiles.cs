namespace Archive.Core.Import.Bulk;

/// <summary>The corpus profiles `import --profile NAME` knows (docs/bulk-import.md describes each mapping).</summary>
public static class ImportProfiles
{
    public static IReadOnlyList<string> Names { get; } = [UngdcProfile.ProfileName];

    /// <summary>The profile <paramref name="name"/> over the sidecar at <paramref name="sidecar"/>; null with a reason when it cannot be made.</summary>
    public static IImportProfile? Create(string name, string? sidecar, out string error)
    {
        error = "";
        if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            error = $"No import profile \"{name}\"; known profiles: {string.Join(", ", Names)}.";
            return null;
        }
        if (sidecar is null || !File.Exists(sidecar))
        {
            error = sidecar is null ? $"The profile {name} needs --sidecar <speakers_by_session.csv>." : $"No sidecar file at {sidecar}.";
            return null;
        }
        try
        {
            return new UngdcProfile(SidecarCsv.Read(sidecar));
        }
        catch (FormatException ex)
        {
            error = ex.Message;
            return null;
        }
    }
}
