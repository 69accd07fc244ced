namespace Archive.Web.Tests.Faults;

/// <summary>Tests that load the machine run after the others, alone, so neither skews the other's timings.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Alone";
}
