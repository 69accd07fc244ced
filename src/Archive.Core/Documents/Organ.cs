namespace Archive.Core.Documents;

public class Organ
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }

    /// <summary>"session" for the General Assembly, "year" for the Security Council.</summary>
    public required string SessionTerm { get; set; }
}
