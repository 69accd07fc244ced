namespace Archive.Core.Documents;

public class DocumentAgendaItem
{
    public int DocumentId { get; set; }
    public Document Document { get; set; } = null!;
    public int AgendaItemId { get; set; }
    public AgendaItem AgendaItem { get; set; } = null!;
    public int Position { get; set; }
}
