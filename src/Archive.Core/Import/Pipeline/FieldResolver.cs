namespace Archive.Core.Import.Pipeline;

/// <summary>The value a resolver chose for one field, the candidate it came from, and the best different one it passed over.</summary>
internal sealed record Resolution(string Field, Candidate? Winner, Candidate? RunnerUp, bool Hesitated)
{
    public string? Value => Winner?.Value;

    /// <summary>True when the value is the heading reader's own, so the reader's record of it is kept as it is.</summary>
    public bool KeepsReader { get; init; }
}

/// <summary>
/// Stage 4, resolvers: one per field, the same rule for each. The strongest candidate wins (the earlier in the text
/// on a tie); a runner-up with another value less than <see cref="HesitationMargin"/> behind is kept as evidence and warned about.
/// When the heading reader proposed the same value, its spelling is kept, so documents it already read stay exact.
/// </summary>
internal static class FieldResolver
{
    public const int HesitationMargin = 10;

    public static Resolution Resolve(string field, IEnumerable<Candidate> candidates, Func<string?, string?, bool>? same = null)
    {
        same ??= (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
        var ordered = candidates.Where(c => c.Field == field)
            .OrderByDescending(c => c.Strength)
            .ThenBy(c => c.Start < 0 ? int.MaxValue : c.Start)
            .ToList();
        if (ordered.Count == 0)
            return new Resolution(field, null, null, false);
        var winner = ordered[0];
        var runnerUp = ordered.Skip(1).FirstOrDefault(c => !same(c.Value, winner.Value));
        var hesitated = runnerUp is not null && runnerUp.Value is not null && runnerUp.Strength > winner.Strength - HesitationMargin;
        var reader = ordered.FirstOrDefault(c => c.FromReader && c.Value is not null);
        var keepsReader = reader is not null && same(reader.Value, winner.Value);
        if (keepsReader && !winner.FromReader)
            winner = winner with { Value = reader!.Value };
        return new Resolution(field, winner, runnerUp, hesitated) { KeepsReader = keepsReader };
    }
}
