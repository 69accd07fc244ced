namespace Archive.Core.Documents;

public class Document
{
    public int Id { get; set; }

    /// <summary>
    /// The stable part of the permalink: the first 12 hex digits of the original file's SHA-256. Links resolve by it,
    /// so they survive a rebuild even when a better importer reads a different date, kind or speaker.
    /// </summary>
    public required string Key { get; set; }

    /// <summary>The readable permalink ("2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c"), ending in <see cref="Key"/>.</summary>
    public required string Slug { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>The title the document states or the importer built from its heading; null when neither exists.</summary>
    public string? Title { get; set; }

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

    /// <summary>
    /// Set when an archivist withdraws the document: it leaves every public page, search and the API (a global query filter
    /// hides it), yet nothing is deleted and it can be reinstated.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
    public string? WithdrawalReason { get; set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    /// <summary>
    /// A web upload waiting for an archivist to publish it from its review page; until then only archivists see it (the
    /// same global query filter as withdrawal hides it, see <see cref="PublicDocuments"/>).
    /// </summary>
    public bool IsDraft { get; set; }

    /// <summary>When and by whom an archivist checked the importer's reading; null for a document nobody has reviewed yet.</summary>
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    /// <summary>
    /// Raised by every save from the web (edit, restore, withdraw, reinstate). An editor posts the version it started
    /// from, and the store refuses the save when it has moved on, so one archivist never overwrites another unseen.
    /// </summary>
    public int Version { get; set; }

    public OriginalFile? Original { get; set; }
    public List<DocumentOrgan> Organs { get; set; } = [];
    public List<DocumentSpeaker> Speakers { get; set; } = [];
    public List<DocumentAgendaItem> AgendaItems { get; set; } = [];
    public List<CitedSymbol> CitedSymbols { get; set; } = [];
    public List<CitedResolution> CitedResolutions { get; set; } = [];
}
