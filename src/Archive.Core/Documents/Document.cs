namespace Archive.Core.Documents;

public class Document
{
    public int Id { get; set; }

    /// <summary>Permalink key, derived from the content so that a rebuild from the same files gives the same links.</summary>
    public required string Slug { get; set; }

    public DocumentKind Kind { get; set; }
    public required string Title { get; set; }

    /// <summary>The date the archive sorts and browses by: distributed for UN documents, else delivered, dated or published.</summary>
    public DateOnly? Date { get; set; }
    public DateOnly? DeliveredOn { get; set; }
    public DateOnly? WrittenOn { get; set; }
    public DateOnly? DistributedOn { get; set; }
    public DateOnly? PublishedOn { get; set; }

    public string? Event { get; set; }
    public string? Author { get; set; }
    public string? Country { get; set; }
    public string? Addressee { get; set; }
    public string? Place { get; set; }
    public string? ReferenceNumber { get; set; }
    public string? Symbol { get; set; }
    public string? Language { get; set; }
    public string? Source { get; set; }

    public required string Body { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedVia { get; set; }
    public List<string> ImportWarnings { get; set; } = [];

    public OriginalFile? Original { get; set; }
    public List<DocumentOrgan> Organs { get; set; } = [];
    public List<DocumentSpeaker> Speakers { get; set; } = [];
    public List<DocumentAgendaItem> AgendaItems { get; set; } = [];
    public List<CitedSymbol> CitedSymbols { get; set; } = [];
    public List<CitedResolution> CitedResolutions { get; set; } = [];
}
