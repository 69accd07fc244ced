namespace Archive.Core.Search;

/// <summary>An indexed term close to a word of a query that found nothing, and the query with that word replaced by it.</summary>
public sealed record SearchSuggestion(string Word, string Term, string Query);
