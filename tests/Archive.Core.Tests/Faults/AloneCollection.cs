namespace Archive.Core.Tests.Faults;

/// <summary>Tests that measure the process (memory allocated) run alone, so other tests' work is not counted as theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
