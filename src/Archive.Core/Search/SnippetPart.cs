namespace Archive.Core.Search;

/// <summary>A run of snippet text, marked when it is a word the query matched. Plain text: the page encodes it.</summary>
public sealed record SnippetPart(string Text, bool IsMatch);
