namespace Archive.Core.Search.Engine;

/// <summary>
/// One change that affects what search finds of a document: written by triggers in the same transaction as the change
/// (SearchEngine migration), read in order by every instance's indexer. Ids only grow, so an index remembers how far it has
/// read with one number.
/// </summary>
public sealed class SearchOutboxEntry
{
    public long Id { get; set; }
    public int DocumentId { get; set; }
    public DateTime At { get; set; }
}
