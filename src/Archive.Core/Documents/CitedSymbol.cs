namespace Archive.Core.Documents;

/// <summary>A UN document symbol the text cites, as written ("A/79/875-S/2025/248").</summary>
public class CitedSymbol
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public required string Symbol { get; set; }
}
