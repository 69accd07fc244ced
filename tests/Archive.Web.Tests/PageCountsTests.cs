using Archive.Core.Browse;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The counts the pages read from <c>page_counts</c> agree, key for key, with counting the public documents themselves
/// (PublicDocuments: not withdrawn, not a draft), after an import and after every kind of write an archivist makes.
/// </summary>
public class PageCountsTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string User = "archivist@example.org";

    [Fact]
    public async Task Maintained_counts_agree_with_the_public_documents_after_import_edit_withdrawal_reinstatement_and_publication()
    {
        await AssertAgreeAsync("after the seeds were imported");

        await factory.ImportAsync("undated_statement.txt", await TestDocumentAsync("undated_statement.txt"));
        await factory.ImportAsync("identical_letters.txt", await TestDocumentAsync("identical_letters.txt"));
        await AssertAgreeAsync("after two more imports");

        var key = await SeedKeyAsync("002_81f3dbfb7eed6bc0.txt");
        await EditAsync(key, s => s with
        {
            Kind = DocumentKind.NoteVerbale, DeliveredOn = new DateOnly(2003, 2, 1), DistributedOn = new DateOnly(2003, 2, 4),
            Country = "Ruritania", Organs = [new OrganEntry("Security Council", 58)], Speakers = [.. s.Speakers.Take(1)], AgendaItems = [.. s.AgendaItems.Take(1)],
        });
        await AssertAgreeAsync("after an edit of kind, dates, State, organs and speakers");

        await WithEditorAsync(e => e.WithdrawAsync(key, "Duplicate", User, CancellationToken.None));
        await AssertAgreeAsync("after a withdrawal");
        await WithEditorAsync(e => e.ReinstateAsync(key, User, CancellationToken.None));
        await AssertAgreeAsync("after a reinstatement");

        var draft = await UploadDraftAsync("note_verbale_geneva.txt");
        await AssertAgreeAsync("after an upload, which is a draft");
        await EditAsync(draft, s => s with { PublishedOn = new DateOnly(1999, 12, 31), Author = "Permanent Mission of Ruritania" });
        await AssertAgreeAsync("after an edit of the draft");
        var version = await VersionAsync(draft);
        await WithEditorAsync(e => e.PublishAsync(draft, version, User, CancellationToken.None));
        await AssertAgreeAsync("after the draft was published");
    }

    [Fact]
    public async Task The_counts_read_by_the_pages_are_the_public_ones()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();

        Assert.Equal(await db.Documents.CountAsync(), await db.DocumentCountAsync(CancellationToken.None));
        Assert.Equal(await db.Documents.CountAsync(d => d.Date == null), await db.UndatedCountAsync(CancellationToken.None));
    }

    private async Task AssertAgreeAsync(string when)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        Assert.True(await RecountAsync(db) == await MaintainedAsync(db), when + ":\n" + await RecountAsync(db) + "\nmaintained:\n" + await MaintainedAsync(db));
    }

    /// <summary>Every count, computed from the public documents and their links as the pages used to, one line per key.</summary>
    private static async Task<string> RecountAsync(ArchiveDb db)
    {
        var documents = await db.Documents.Select(d => new { d.Id, d.Kind, d.Country, d.Author, d.Date, Dates = new[] { d.Date, d.DeliveredOn, d.WrittenOn, d.DistributedOn, d.PublishedOn } }).ToListAsync();
        var lines = new List<string> { $"documents {documents.Count}", $"undated {documents.Count(d => d.Date is null)}" };
        lines.AddRange(documents.GroupBy(d => d.Kind).Select(g => $"kind {g.Key} {g.Count()}"));
        lines.AddRange(documents.Where(d => d.Country is not null || d.Author is not null).GroupBy(d => (d.Country, d.Author)).Select(g => $"mission {g.Key.Country}|{g.Key.Author} {g.Count()}"));
        var days = documents.SelectMany(d => d.Dates.OfType<DateOnly>().Distinct().Select(day => (d.Id, Day: day))).ToList();
        lines.AddRange(days.GroupBy(r => r.Day.Year).Select(g => $"year {g.Key} {g.Select(r => r.Id).Distinct().Count()}"));
        lines.AddRange(days.GroupBy(r => (r.Day.Year, r.Day.Month)).Select(g => $"month {g.Key.Year}-{g.Key.Month} {g.Select(r => r.Id).Distinct().Count()}"));
        lines.AddRange(days.GroupBy(r => r.Day).Select(g => $"day {g.Key:yyyy-MM-dd} {g.Count()}"));
        var organs = await db.Set<DocumentOrgan>().Select(l => new { l.OrganId, l.Session }).ToListAsync();
        lines.AddRange(organs.GroupBy(l => l.OrganId).Select(g => $"organ {g.Key} {g.Count()}"));
        lines.AddRange(organs.Where(l => l.Session is not null).GroupBy(l => (l.OrganId, l.Session)).Select(g => $"session {g.Key.OrganId}:{g.Key.Session} {g.Count()}"));
        lines.AddRange((await db.DocumentSpeakers.Select(l => l.Speaker.Slug).ToListAsync()).GroupBy(s => s).Select(g => $"speaker {g.Key} {g.Count()}"));
        lines.AddRange((await db.DocumentAgendaItems.Select(l => l.AgendaItemId).ToListAsync()).GroupBy(i => i).Select(g => $"agenda {g.Key} {g.Count()}"));
        return string.Join("\n", lines.Order(StringComparer.Ordinal));
    }

    /// <summary>The same lines from the maintained counts, through the methods the pages call.</summary>
    private static async Task<string> MaintainedAsync(ArchiveDb db)
    {
        var ct = CancellationToken.None;
        var lines = new List<string> { $"documents {await db.DocumentCountAsync(ct)}", $"undated {await db.UndatedCountAsync(ct)}" };
        lines.AddRange((await db.CountByKindAsync(ct)).Select(k => $"kind {k.Kind} {k.Count}"));
        lines.AddRange((await db.CountByCountryAndAuthorAsync(ct)).Select(m => $"mission {m.Country}|{m.Author} {m.Count}"));
        foreach (var year in await db.CountByYearAsync(ct))
        {
            lines.Add($"year {year.Period} {year.Count}");
            Assert.Equal(year.Count, await db.YearCountAsync(year.Period, ct));
            foreach (var month in await db.CountByMonthAsync(year.Period, ct))
            {
                lines.Add($"month {year.Period}-{month.Period} {month.Count}");
                Assert.Equal(month.Count, await db.MonthCountAsync(year.Period, month.Period, ct));
                lines.AddRange((await db.CountByDayAsync(year.Period, month.Period, ct))
                    .Select(day => $"day {new DateOnly(year.Period, month.Period, day.Period):yyyy-MM-dd} {day.Count}"));
            }
        }
        lines.AddRange((await db.CountByOrganAsync(ct)).Select(o => $"organ {o.Key} {o.Value}"));
        lines.AddRange((await db.CountBySessionAsync(ct)).Select(s => $"session {s.OrganId}:{s.Session} {s.Count}"));
        lines.AddRange((await db.CountBySpeakerAsync(ct)).Select(s => $"speaker {s.Slug} {s.Count}"));
        lines.AddRange((await db.CountByAgendaItemAsync(ct)).Select(a => $"agenda {a.Key} {a.Value}"));
        return string.Join("\n", lines.Order(StringComparer.Ordinal));
    }

    private async Task<string> SeedKeyAsync(string fileName)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        return await db.Documents.IgnoreQueryFilters().Where(d => d.Original!.FileName == fileName).Select(d => d.Key).SingleAsync();
    }

    private async Task<int> VersionAsync(string key)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        return await db.Documents.IgnoreQueryFilters().Where(d => d.Key == key).Select(d => d.Version).SingleAsync();
    }

    private async Task EditAsync(string key, Func<DocumentSnapshot, DocumentSnapshot> change)
    {
        using var scope = factory.Services.CreateScope();
        var editor = scope.ServiceProvider.GetRequiredService<DocumentEditor>();
        var document = (await editor.FindAsync(key, CancellationToken.None))!;
        var result = await editor.SaveAsync(key, document.Version, change(DocumentSnapshot.Of(document)), "test", User, CancellationToken.None);
        Assert.True(result.Status == EditStatus.Saved, result.Message);
    }

    private async Task WithEditorAsync(Func<DocumentEditor, Task<EditResult>> action)
    {
        using var scope = factory.Services.CreateScope();
        var result = await action(scope.ServiceProvider.GetRequiredService<DocumentEditor>());
        Assert.True(result.Succeeded, result.Message);
    }

    private async Task<string> UploadDraftAsync(string fileName)
    {
        using var scope = factory.Services.CreateScope();
        var intake = scope.ServiceProvider.GetRequiredService<Intake>();
        var result = await intake.AddAsync(await File.ReadAllBytesAsync(TestDocumentPath(fileName)), fileName, storeNearDuplicate: true, User, CancellationToken.None);
        Assert.Equal(ImportStatus.Imported, result.Import.Status);
        return DocumentLoader.KeyOf(result.Import.Slug!)!;
    }

    private static string TestDocumentPath(string fileName) =>
        Path.Combine(ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Core.Tests", "Documents", fileName);

    private static Task<string> TestDocumentAsync(string fileName) => File.ReadAllTextAsync(TestDocumentPath(fileName));
}
