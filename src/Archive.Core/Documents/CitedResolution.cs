namespace Archive.Core.Documents;

/// <summary>A resolution the text cites: "822 (1993)" is number 822 of 1993.</summary>
public class CitedResolution
{
    public int Id { get; set; }
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public int Number { get; set; }
    public int? Year { get; set; }

    /// <summary>The organ when the citation says it ("S/RES/822 (1993)"), else empty.</summary>
    public string? Organ { get; set; }
}
