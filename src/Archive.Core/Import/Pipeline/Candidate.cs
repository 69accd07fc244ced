namespace Archive.Core.Import.Pipeline;

/// <summary>
/// One extractor's proposal for a field: the value, the words it was read from and where, the rule that found it, and
/// how much that rule is trusted. A null <paramref name="Value"/> is a rule saying "this text has no such field"
/// ("on the margins of the General Assembly" is no Assembly meeting).
/// </summary>
internal sealed record Candidate(string Field, string? Value, string Quote, int Start, string Rule, int Strength)
{
    /// <summary>Rules of the line-by-line heading reader carry this prefix; the resolver keeps their output as it was.</summary>
    public const string ReaderPrefix = "reader-";

    public bool FromReader => Rule.StartsWith(ReaderPrefix, StringComparison.Ordinal);
}
