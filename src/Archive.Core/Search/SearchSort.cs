namespace Archive.Core.Search;

public enum SearchSort
{
    Relevance,
    Newest,
    Oldest,
}
