using Archive.Core.Import;
using Archive.Core.Import.Bulk;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

/// <summary>Who a sidecar's speaker names in a bulk import: the same folded name, and a surname only within one State.</summary>
public class BulkCatalogTests
{
    [Fact]
    public async Task SpeakerFor_a_surname_in_capitals_or_not_is_one_person_within_one_state_only()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();
        var catalog = await BulkCatalog.LoadAsync(db, CancellationToken.None);
        List<ImportWarning> warnings = [];

        var upper = catalog.SpeakerFor(db, "GROMYKO", "Union of Soviet Socialist Republics", warnings, fromSidecar: true);
        var lower = catalog.SpeakerFor(db, "Gromyko", "Union of Soviet Socialist Republics", warnings, fromSidecar: true);
        var elsewhere = catalog.SpeakerFor(db, "Gromyko", "Byelorussian Soviet Socialist Republic", warnings, fromSidecar: true);

        Assert.Same(upper, lower);
        Assert.Equal("Gromyko", upper.Name);
        Assert.NotSame(upper, elsewhere);
    }

    [Fact]
    public async Task SpeakerFor_sidecar_names_that_share_only_a_family_name_stay_apart()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();
        var catalog = await BulkCatalog.LoadAsync(db, CancellationToken.None);
        List<ImportWarning> warnings = [];

        var emir = catalog.SpeakerFor(db, "Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah", "Kuwait", warnings, fromSidecar: true);
        var minister = catalog.SpeakerFor(db, "Sheikh Mohammad Sabah Al-Salem Al-Sabah", "Kuwait", warnings, fromSidecar: true);
        var again = catalog.SpeakerFor(db, "SHEIKH SABAH AL-AHMAD AL-JABER AL-SABAH", "Kuwait", warnings, fromSidecar: true);

        Assert.NotSame(emir, minister);
        Assert.Same(emir, again);
    }
}
