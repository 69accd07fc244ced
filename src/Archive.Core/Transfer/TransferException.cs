namespace Archive.Core.Transfer;

/// <summary>A dump or restore refused for a reason the user can act on (a folder not empty, an archive not empty, a damaged dump).</summary>
public sealed class TransferException(string message) : Exception(message);
