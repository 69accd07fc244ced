namespace Archive.Core.Documents;

/// <summary>An item on an organ's agenda for one session: "68 (b)" of the General Assembly's 74th session.</summary>
public class AgendaItem
{
    public int Id { get; set; }
    public int OrganId { get; set; }
    public Organ Organ { get; set; } = null!;
    public int? Session { get; set; }
    public int Number { get; set; }

    /// <summary>The letter of a sub-item ("b"), or empty.</summary>
    public string SubItem { get; set; } = "";
    public string? Title { get; set; }
}
