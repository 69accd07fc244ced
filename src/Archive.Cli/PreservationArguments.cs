namespace Archive.Cli;

/// <summary>
/// The arguments of `fixity [--db FILE]` and `backup TARGET [--db FILE]`: the command name first, then the backup's
/// target file, and the database as `--db FILE` or `--db=FILE`.
/// </summary>
public sealed record PreservationArguments(string Command, string? Target, string? Database)
{
    public static PreservationArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        string? database = null;
        string? target = null;
        var command = args[0];
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i].StartsWith("--db=", StringComparison.Ordinal) && args[i].Length > "--db=".Length)
                database = args[i]["--db=".Length..];
            else if (args[i] == "--db" && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                database = args[++i];
            else if (args[i] is "--db" || args[i].StartsWith("--db=", StringComparison.Ordinal))
            {
                error = "--db needs a database file after it.";
                return null;
            }
            else if (command == "backup" && target is null && !args[i].StartsWith("--", StringComparison.Ordinal))
                target = args[i];
            else
            {
                error = command == "backup" ? $"backup takes one target file and --db; not \"{args[i]}\"." : $"fixity takes no \"{args[i]}\"; only --db <database-file>.";
                return null;
            }
        }
        if (command == "backup" && target is null)
        {
            error = "backup needs the file to write, such as: archive backup /srv/backups/archive-2026-12-03.db";
            return null;
        }
        return new PreservationArguments(command, target, database);
    }
}
