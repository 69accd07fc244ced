namespace Archive.Core.Accounts;

/// <summary>The two roles: archivists add, correct and withdraw; administrators also manage users and read the audit log.</summary>
public static class Roles
{
    public const string Archivist = "archivist";
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Archivist, Administrator];
}
