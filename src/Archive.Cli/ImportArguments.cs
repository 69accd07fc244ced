namespace Archive.Cli;

/// <summary>The arguments of `import`: exactly one path, and optionally `--db FILE` (or `--db=FILE`); anything else is refused.</summary>
public sealed record ImportArguments(string Path, string? Database)
{
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
        for (var i = 1; i < args.Count; i++)
        {
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
        return new ImportArguments(path, database);
    }
}
