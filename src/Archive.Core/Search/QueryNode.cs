namespace Archive.Core.Search;

/// <summary>The full-text part of a parsed query: a small tree the parser builds and <see cref="FtsExpression"/> writes out.</summary>
public abstract record QueryNode
{
    /// <summary>A word as the user typed it (folded); <paramref name="Prefix"/> for <c>word*</c>.</summary>
    public sealed record Term(string Text, bool Prefix) : QueryNode;

    /// <summary>Words that must appear together in order: <c>"responsibility to protect"</c>.</summary>
    public sealed record Phrase(string Text, bool Prefix) : QueryNode;

    /// <summary>Words or phrases within <paramref name="Distance"/> tokens of each other: <c>NEAR(climate finance, 5)</c>.</summary>
    public sealed record Near(IReadOnlyList<QueryNode> Items, int Distance) : QueryNode;

    /// <summary>An expression limited to some indexed columns: <c>speaker:tofig</c>.</summary>
    public sealed record Columns(IReadOnlyList<string> Names, QueryNode Inner) : QueryNode;

    /// <summary>Everything in <paramref name="Include"/> and nothing in <paramref name="Exclude"/>.</summary>
    public sealed record All(IReadOnlyList<QueryNode> Include, IReadOnlyList<QueryNode> Exclude) : QueryNode;

    /// <summary>Any of <paramref name="Items"/>.</summary>
    public sealed record Any(IReadOnlyList<QueryNode> Items) : QueryNode;
}
