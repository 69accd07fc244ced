namespace Archive.Cli;

/// <summary>The arguments of `reindex`: optionally `--db FILE` (or `--db=FILE`); anything else is refused.</summary>
public sealed record ReindexArguments(string? Database)
{
    public static ReindexArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        string? database = null;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--db=", StringComparison.Ordinal) && args[i].Length > "--db=".Length)
            {
                database = args[i]["--db=".Length..];
            }
            else if (args[i] == "--db" && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                database = args[++i];
            }
            else if (args[i] is "--db" || args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                error = "--db needs a database file after it.";
                return null;
            }
            else
            {
                error = $"reindex takes no \"{args[i]}\"; only --db <database-file>.";
                return null;
            }
        }
        return new ReindexArguments(database);
    }
}
