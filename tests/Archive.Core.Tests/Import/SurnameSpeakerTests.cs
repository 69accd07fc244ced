using System.Text;
using Archive.Core.Import;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Import;

/// <summary>A mention by surname alone ("Mr. Kerimov") links to a known person only when exactly one fits the context.</summary>
public class SurnameSpeakerTests
{
    private static byte[] Statement(string speaker, string country, string date, string topic) => Encoding.UTF8.GetBytes(
        $"Statement by {speaker}, Permanent Representative of {country} to the United Nations\n\n"
        + $"Security Council open debate on {topic}\n\n{date}\n\nMr. President,\n\n"
        + $"We thank the briefers for their account of {topic} and for the work their teams have done this year.\n");

    [Fact]
    public async Task ImportAsync_surname_of_the_one_known_person_of_that_country_and_period_links_to_them()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportAsync("full.txt", Statement("Mr. Farid Kerimov", "Azerbaijan", "12 March 2019", "mine action"));
        await archive.ImportAsync("other-country.txt", Statement("Mr. Daniyar Kerimov", "Kazakhstan", "3 April 2019", "water"));

        var result = await archive.ImportAsync("surname.txt", Statement("Mr. Kerimov", "Azerbaijan", "14 May 2020", "peacekeeping"));

        await using var db = archive.OpenDb();
        var farid = await db.Speakers.Include(s => s.Documents).ThenInclude(d => d.Document).SingleAsync(s => s.Name == "Farid Kerimov");
        Assert.Equal(2, farid.Documents.Count);
        Assert.Equal("Kerimov", farid.Documents.Single(d => d.Document.Slug == result.Slug).SpellingUsed);
        Assert.Contains(result.Warnings, w => w.Field == "speaker" && w.Message.Contains("Farid Kerimov", StringComparison.Ordinal));
        Assert.False(await db.Speakers.AnyAsync(s => s.Name == "Kerimov"));
    }

    [Fact]
    public async Task ImportAsync_surname_that_two_known_people_fit_stays_a_name_with_a_warning()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportAsync("one.txt", Statement("Mr. Farid Kerimov", "Azerbaijan", "12 March 2019", "mine action"));
        await archive.ImportAsync("two.txt", Statement("Ms. Leyla Kerimov", "Azerbaijan", "9 June 2020", "cyber threats"));

        var result = await archive.ImportAsync("surname.txt", Statement("Mr. Kerimov", "Azerbaijan", "14 May 2020", "peacekeeping"));

        await using var db = archive.OpenDb();
        var kept = await db.Speakers.Include(s => s.Documents).SingleAsync(s => s.Name == "Kerimov");
        Assert.Single(kept.Documents);
        Assert.Contains(result.Warnings, w => w.Field == "speaker" && w.Message.Contains("2 known people", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_surname_of_a_known_person_from_another_period_stays_a_name()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportAsync("early.txt", Statement("Mr. Farid Kerimov", "Azerbaijan", "12 March 2001", "mine action"));

        var result = await archive.ImportAsync("late.txt", Statement("Mr. Kerimov", "Azerbaijan", "14 May 2020", "peacekeeping"));

        await using var db = archive.OpenDb();
        Assert.Single((await db.Speakers.Include(s => s.Documents).SingleAsync(s => s.Name == "Farid Kerimov")).Documents);
        Assert.True(await db.Speakers.AnyAsync(s => s.Name == "Kerimov"));
        Assert.Contains(result.Warnings, w => w.Field == "speaker" && w.Message.Contains("no known person", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportAsync_surname_of_a_known_person_of_another_country_stays_a_name()
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportAsync("full.txt", Statement("Mr. Daniyar Kerimov", "Kazakhstan", "12 March 2019", "water"));

        await archive.ImportAsync("surname.txt", Statement("Mr. Kerimov", "Azerbaijan", "14 May 2020", "peacekeeping"));

        await using var db = archive.OpenDb();
        Assert.Equal(2, await db.Speakers.CountAsync());
        Assert.Single((await db.Speakers.Include(s => s.Documents).SingleAsync(s => s.Name == "Daniyar Kerimov")).Documents);
    }
}
