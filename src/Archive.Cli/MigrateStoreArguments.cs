namespace Archive.Cli;

/// <summary>The arguments of `migrate-store --from STORE --to STORE` (or `--from=STORE`): each an SQLite file or a PostgreSQL connection string.</summary>
public sealed record MigrateStoreArguments(string From, string To)
{
    public static MigrateStoreArguments? Parse(IReadOnlyList<string> args, out string error)
    {
        error = "";
        string? from = null;
        string? to = null;
        for (var i = 1; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] && n.StartsWith("--", StringComparison.Ordinal)
                ? (n, (string?)v)
                : (args[i], i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (name is not ("--from" or "--to"))
                return Fail($"migrate-store takes --from <store> and --to <store>; \"{args[i]}\" is neither.", out error);
            if (string.IsNullOrWhiteSpace(value))
                return Fail($"{name} needs an SQLite file or a PostgreSQL connection string after it.", out error);
            if (name == "--from")
                from = value;
            else
                to = value;
        }
        return from is null || to is null
            ? Fail("migrate-store needs both stores: archive migrate-store --from <store> --to <store>.", out error)
            : new MigrateStoreArguments(from, to);
    }

    private static MigrateStoreArguments? Fail(string message, out string error)
    {
        error = message;
        return null;
    }
}
