namespace Archive.Core.Accounts;

/// <summary>One data-protection key as XML, kept in the store so a restart or a second instance keeps everyone signed in.</summary>
public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public required string Xml { get; set; }
}
