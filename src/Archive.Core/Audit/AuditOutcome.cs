namespace Archive.Core.Audit;

public static class AuditOutcome
{
    public const string Succeeded = "succeeded";
    public const string Refused = "refused";
    public const string Conflict = "conflict";
    public const string Failed = "failed";
}
