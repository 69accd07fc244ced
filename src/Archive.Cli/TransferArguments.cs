namespace Archive.Cli;

/// <summary>The arguments of `dump FOLDER` and `restore FOLDER`: the folder, then optionally `--db FILE` (or `--db=FILE`).</summary>
public sealed record TransferArguments(string Folder, string? Database)
{
    public static TransferArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        string? folder = null;
        string? database = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--db=", StringComparison.Ordinal) && args[i].Length > "--db=".Length)
                database = args[i]["--db=".Length..];
            else if (args[i] == "--db" && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                database = args[++i];
            else if (args[i] is "--db" || args[i].StartsWith("--db=", StringComparison.Ordinal))
                return Fail("--db needs a database file after it.", out error);
            else if (args[i].StartsWith("--", StringComparison.Ordinal) || folder is not null)
                return Fail($"{args[0]} takes one folder and --db <database-file>; \"{args[i]}\" is neither.", out error);
            else
                folder = args[i];
        }
        return folder is null ? Fail($"{args[0]} needs a folder: archive {args[0]} <folder>.", out error) : new TransferArguments(folder, database);
    }

    private static TransferArguments? Fail(string message, out string error)
    {
        error = message;
        return null;
    }
}
