namespace Archive.Cli;

/// <summary>
/// The arguments of `import`: exactly one path, and optionally `--db FILE` (or `--db=FILE`), `--profile NAME` with
/// `--sidecar FILE` for a corpus with a metadata table, and `--batch N` (documents per transaction of a bulk import);
/// anything else is refused.
/// </summary>
public sealed record ImportArguments(string Path, string? Database)
{
    public string? Profile { get; init; }
    public string? Sidecar { get; init; }
    public int? BatchSize { get; init; }

    /// <summary>A corpus profile, a batch size or an archive file goes through the bulk importer (batches, parsing on every core).</summary>
    public bool IsBulk => Profile is not null || BatchSize is not null || Archive.Core.Import.Bulk.BulkSource.IsArchive(Path);

    public static ImportArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        if (args.Count == 0 || args[0] != "import")
        {
            error = args.Count == 0 ? "No command given." : $"Unknown command \"{args[0]}\".";
            return null;
        }
        string? path = null;
        string? database = null;
        string? profile = null, sidecar = null;
        int? batch = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] is "--profile" or "--sidecar" or "--batch")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"{args[i]} needs a value after it.";
                    return null;
                }
                var value = args[++i];
                if (args[i - 1] == "--profile")
                    profile = value;
                else if (args[i - 1] == "--sidecar")
                    sidecar = value;
                else if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size is > 0 and <= 100_000)
                    batch = size;
                else
                {
                    error = $"--batch needs a number of documents from 1 to 100000, not \"{value}\".";
                    return null;
                }
                continue;
            }
            if (args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                database = args[i]["--db=".Length..];
                if (database.Length == 0)
                {
                    error = "--db needs a database file after it.";
                    return null;
                }
            }
            else if (args[i] == "--db")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = "--db needs a database file after it.";
                    return null;
                }
                database = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unknown option \"{args[i]}\".";
                return null;
            }
            else if (path is null)
            {
                path = args[i];
            }
            else
            {
                error = $"Only one file or folder can be imported at a time; \"{args[i]}\" is one too many.";
                return null;
            }
        }
        if (path is null)
        {
            error = "No file or folder to import.";
            return null;
        }
        if (sidecar is not null && profile is null)
        {
            error = "--sidecar needs --profile <name> to say how its columns map to the files.";
            return null;
        }
        return new ImportArguments(path, database) { Profile = profile, Sidecar = sidecar, BatchSize = batch };
    }
}
