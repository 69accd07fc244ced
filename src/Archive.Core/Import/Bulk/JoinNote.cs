namespace Archive.Core.Import.Bulk;

/// <param name="Subject">"row 17 (1947, CZK)" or a file path.</param>
public sealed record JoinNote(JoinOutcome Outcome, string Subject, string Message);
