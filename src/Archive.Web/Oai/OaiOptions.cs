namespace Archive.Web.Oai;

/// <summary>The repository's self-description for harvesters, from the "Archive:Oai" settings.</summary>
public sealed class OaiOptions
{
    public const string Section = "Archive:Oai";

    public string RepositoryName { get; set; } = "Statements Archive";

    /// <summary>The namespace part of every identifier (oai:NAMESPACE:key); a domain the archive answers at, fixed once harvesting starts.</summary>
    public string Namespace { get; set; } = "statements-archive.local";

    public string AdminEmail { get; set; } = "archivists@statements-archive.local";

    /// <summary>Records or headers in one list response; the rest follow by resumption token.</summary>
    public int PageSize { get; set; } = 100;
}
