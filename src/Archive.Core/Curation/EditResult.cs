namespace Archive.Core.Curation;

public enum EditStatus
{
    Saved,
    Unchanged,
    Conflict,
    NotFound,
    Invalid,
}

/// <param name="Slug">The document's permalink after the save (it follows the date, kind and speaker).</param>
/// <param name="Version">The document's version now: post it with the next edit.</param>
/// <param name="TheirChanges">On a conflict, what the other save changed since the version the editor started from.</param>
public sealed record EditResult(EditStatus Status, string Message, string? Slug = null, int Version = 0, DocumentDiff? TheirChanges = null, string? TheirUser = null)
{
    public bool Succeeded => Status is EditStatus.Saved or EditStatus.Unchanged;
}
