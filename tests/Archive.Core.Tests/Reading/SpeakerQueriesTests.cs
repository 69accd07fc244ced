using Archive.Core.Reading;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Reading;

public sealed class SpeakerQueriesTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public async Task InitializeAsync()
    {
        _archive = await TempArchive.CreateAsync();
        await _archive.ImportSeedsAsync();
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task SpeakerIndexAsync_lists_each_person_once_by_surname_with_counts()
    {
        await using var db = _archive.OpenDb();

        var index = await db.SpeakerIndexAsync(default);

        Assert.Equal([("Aliyev", "A", 2), ("Musayev", "M", 2)], index.Select(r => (r.Surname, r.Letter, r.Count)));
    }

    [Fact]
    public async Task SpeakerProfileAsync_shows_both_spellings_and_a_role_for_each_period()
    {
        await using var db = _archive.OpenDb();
        var slug = (await db.SpeakerIndexAsync(default)).Single(r => r.Surname == "Musayev").Slug;

        var profile = (await db.SpeakerProfileAsync(slug, default))!;

        Assert.Equal(["Tofig Musayev", "Tofiq F. Musayev"], profile.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal(
            [("Counsellor of the Permanent Mission of the Republic of Azerbaijan to the United Nations", 2017, 2017),
             ("Permanent Representative of the Republic of Azerbaijan to the United Nations", 2025, 2025)],
            profile.Roles.Select(r => (r.Role, r.First.Date!.Value.Year, r.Last.Date!.Value.Year)));
        Assert.Equal([2017, 2025], profile.Documents.Select(d => d.Date!.Value.Year));
    }

    [Fact]
    public async Task SpeakerProfileAsync_unknown_slug_is_null()
    {
        await using var db = _archive.OpenDb();

        Assert.Null(await db.SpeakerProfileAsync("nobody-at-all", default));
    }

    [Theory]
    [InlineData("Tofiq F. Musayev", "Musayev, Tofiq F.")]
    [InlineData("Musayev", "Musayev")]
    [InlineData("王毅", "王毅")]
    public void IndexName_puts_the_surname_first(string name, string expected)
    {
        Assert.Equal(expected, new SpeakerIndexRow(name, "x", SpeakerQueries.Surname(name), "M", 1).IndexName);
    }

    [Theory]
    [InlineData("Tofiq F. Musayev", "Musayev", "M")]
    [InlineData("Ilham Əliyev", "Əliyev", "A")]
    [InlineData("Øystein Ødegaard", "Ødegaard", "O")]
    [InlineData("王毅", "王毅", "#")]
    public void Surname_and_Letter_use_the_last_word_folded(string name, string surname, string letter)
    {
        Assert.Equal(surname, SpeakerQueries.Surname(name));
        Assert.Equal(letter, SpeakerQueries.Letter(SpeakerQueries.Surname(name)));
    }
}
