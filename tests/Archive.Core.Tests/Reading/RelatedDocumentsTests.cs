using System.Text;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Reading;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Reading;

public sealed class RelatedDocumentsTests : IAsyncLifetime
{
    private TempArchive _archive = null!;

    public static string ReportedStatement =>
        File.ReadAllText(Path.Combine(Repository.Root, "tests", "Archive.Core.Tests", "Reading", "statement_reported_by_trend.txt"));

    public async Task InitializeAsync()
    {
        _archive = await TempArchive.CreateAsync();
        await _archive.ImportSeedsAsync();
    }

    public async Task DisposeAsync() => await _archive.DisposeAsync();

    [Fact]
    public async Task Test_statement_is_read_as_tofig_musayev_at_the_assembly_on_30_june_2025()
    {
        var slug = await ImportAsync("reported.txt", ReportedStatement);

        await using var db = _archive.OpenDb();
        var statement = await LoadAsync(db, slug);
        Assert.Equal(DocumentKind.Statement, statement.Kind);
        Assert.Equal(new DateOnly(2025, 6, 30), statement.Date);
        Assert.Equal("Tofig Musayev", statement.Speakers.Single().SpellingUsed);
        Assert.Equal("General Assembly", statement.Organs.Single().Organ.Name);
    }

    [Fact]
    public async Task ReportedOnAsync_news_report_finds_the_statement_of_the_same_person_the_day_before()
    {
        var slug = await ImportAsync("reported.txt", ReportedStatement);

        await using var db = _archive.OpenDb();
        var report = await LoadAsync(db, await SlugOfSeedAsync(db, "001"));
        var statement = await LoadAsync(db, slug);

        Assert.Equal([slug], (await db.ReportedOnAsync(report, default)).Select(r => r.Slug));
        Assert.Equal([report.Slug], (await db.ReportsAsync(statement, default)).Select(r => r.Slug));
    }

    [Theory]
    [InlineData("30 June 2025", "20 June 2025")]
    [InlineData("30 June 2025", "2 July 2025")]
    [InlineData("Tofig Musayev", "Ilham Mammadov")]
    [InlineData("plenary meeting of the General Assembly", "open debate of the Security Council")]
    public async Task ReportedOnAsync_ignores_a_statement_outside_the_window_by_someone_else_or_at_another_organ(string from, string to)
    {
        var slug = await ImportAsync("other.txt", ReportedStatement.Replace(from, to, StringComparison.Ordinal));

        await using var db = _archive.OpenDb();
        var report = await LoadAsync(db, await SlugOfSeedAsync(db, "001"));

        Assert.DoesNotContain(slug, (await db.ReportedOnAsync(report, default)).Select(r => r.Slug));
        Assert.Empty(await db.ReportsAsync(await LoadAsync(db, slug), default));
    }

    [Fact]
    public async Task ReportsAsync_the_2017_statement_of_the_same_person_has_no_report()
    {
        await using var db = _archive.OpenDb();

        Assert.Empty(await db.ReportsAsync(await LoadAsync(db, await SlugOfSeedAsync(db, "000")), default));
        Assert.Empty(await db.ReportedOnAsync(await LoadAsync(db, await SlugOfSeedAsync(db, "000")), default));
    }

    [Theory]
    [InlineData("000", null, "002")]
    [InlineData("002", "000", "004")]
    [InlineData("004", "002", "003")]
    [InlineData("003", "004", "001")]
    [InlineData("001", "003", null)]
    public async Task PreviousAsync_and_NextAsync_follow_the_main_date(string seed, string? previous, string? next)
    {
        await using var db = _archive.OpenDb();
        var document = await LoadAsync(db, await SlugOfSeedAsync(db, seed));

        Assert.Equal(previous is null ? null : await SlugOfSeedAsync(db, previous), (await db.PreviousAsync(document, default))?.Slug);
        Assert.Equal(next is null ? null : await SlugOfSeedAsync(db, next), (await db.NextAsync(document, default))?.Slug);
    }

    [Fact]
    public async Task PreviousAsync_and_NextAsync_break_a_tie_of_dates_by_slug()
    {
        var slug = await ImportAsync("same-day.txt", ReportedStatement.Replace("30 June 2025", "1 July 2025", StringComparison.Ordinal));

        await using var db = _archive.OpenDb();
        var report = await LoadAsync(db, await SlugOfSeedAsync(db, "001"));
        var statement = await LoadAsync(db, slug);

        Assert.True(string.CompareOrdinal(report.Slug, slug) < 0);
        Assert.Equal(slug, (await db.NextAsync(report, default))?.Slug);
        Assert.Equal(report.Slug, (await db.PreviousAsync(statement, default))?.Slug);
        Assert.Null(await db.NextAsync(statement, default));
    }

    [Fact]
    public async Task BySameSpeakerAsync_finds_the_same_person_under_another_spelling()
    {
        await using var db = _archive.OpenDb();
        var first = await LoadAsync(db, await SlugOfSeedAsync(db, "000"));

        Assert.Equal([await SlugOfSeedAsync(db, "001")], (await db.BySameSpeakerAsync(first, 10, default)).Select(r => r.Slug));
    }

    [Fact]
    public async Task BySameAgendaItemAsync_and_BySameEventAsync_find_a_second_document_of_the_item_and_the_event()
    {
        var letter = await ImportAsync("letter-copy.txt", await SeedTextAsync("002") + "\n\nA second circulation.\n");
        var dialogue = await ImportAsync("dialogue-copy.txt", await SeedTextAsync("000") + "\n\nA second statement.\n");

        await using var db = _archive.OpenDb();
        var original = await LoadAsync(db, await SlugOfSeedAsync(db, "002"));
        var statement = await LoadAsync(db, await SlugOfSeedAsync(db, "000"));

        Assert.Equal([letter], (await db.BySameAgendaItemAsync(original, 10, default)).Select(r => r.Slug));
        Assert.Equal([dialogue], (await db.BySameEventAsync(statement, 10, default)).Select(r => r.Slug));
        Assert.Empty(await db.BySameEventAsync(await LoadAsync(db, await SlugOfSeedAsync(db, "003")), 10, default));
    }

    [Fact]
    public async Task Related_lists_and_speaker_pages_leave_out_a_withdrawn_document()
    {
        var statement = await ImportAsync("reported.txt", ReportedStatement);
        await using (var write = _archive.OpenDb())
        {
            var report = await write.Documents.SingleAsync(d => d.Kind == DocumentKind.NewsReport);
            report.WithdrawnAt = DateTimeOffset.UtcNow;
            await write.SaveChangesAsync();
        }

        await using var db = _archive.OpenDb();
        var first = await LoadAsync(db, await db.Documents.Where(d => d.Original!.FileName.StartsWith("000_")).Select(d => d.Slug).SingleAsync());

        Assert.Equal([statement], (await db.BySameSpeakerAsync(first, 10, default)).Select(r => r.Slug));
        Assert.Empty(await db.ReportsAsync(await LoadAsync(db, statement), default));
        Assert.Null(await db.NextAsync(await LoadAsync(db, statement), default));
        var profile = (await db.SpeakerProfileAsync("tofiq-f-musayev", default))!;
        Assert.DoesNotContain(profile.Documents, d => d.Kind == DocumentKind.NewsReport);
        Assert.Equal(2, (await db.SpeakerIndexAsync(default)).Single(r => r.Slug == "tofiq-f-musayev").Count);
    }

    private async Task<string> ImportAsync(string name, string text)
    {
        var result = await _archive.ImportAsync(name, Encoding.UTF8.GetBytes(text));
        Assert.Equal(ImportStatus.Imported, result.Status);
        return result.Slug!;
    }

    private static async Task<string> SeedTextAsync(string prefix) =>
        await File.ReadAllTextAsync(Directory.GetFiles(Repository.Seeds, prefix + "_*.txt").Single());

    private static Task<string> SlugOfSeedAsync(ArchiveDb db, string prefix) =>
        db.Documents.Where(d => d.Original!.FileName.StartsWith(prefix + "_")).Select(d => d.Slug).SingleAsync();

    private static Task<Document> LoadAsync(ArchiveDb db, string slug) =>
        db.Documents.AsNoTracking().Include(d => d.Speakers).Include(d => d.Organs).ThenInclude(o => o.Organ).Include(d => d.AgendaItems)
            .SingleAsync(d => d.Slug == slug);
}
