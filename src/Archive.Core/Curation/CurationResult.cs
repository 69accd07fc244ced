namespace Archive.Core.Curation;

/// <summary>How a curation action ended, with a sentence for the archivist.</summary>
public sealed record CurationResult(bool Succeeded, string Message, int? Id = null)
{
    public static CurationResult Done(string message, int? id = null) => new(true, message, id);

    public static CurationResult Refused(string message) => new(false, message);
}
