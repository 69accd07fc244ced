namespace Archive.Core.Audit;

/// <summary>One write, or one refused attempt at a write: who, when, what, on what, and how it ended.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string User { get; set; }
    public required string Action { get; set; }
    public required string Target { get; set; }
    public required string Outcome { get; set; }
    public string? Detail { get; set; }
}
