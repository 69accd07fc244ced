namespace Archive.Web.Tests;

/// <summary>The related documents on a document page, on the seeds and a statement that the news report (seed 001) reports on.</summary>
public class RelatedDocumentsPageTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private static readonly string ReportedStatement = File.ReadAllText(
        Path.Combine(ArchiveWebFactory.RepositoryRoot(), "tests", "Archive.Core.Tests", "Reading", "statement_reported_by_trend.txt"));

    private async Task<string> StatementAsync()
    {
        // One fixture per class: the statement is imported once, by whichever test comes first.
        await Gate.WaitAsync();
        try
        {
            return _statement ??= await factory.ImportAsync("statement_reported_by_trend.txt", ReportedStatement);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _statement;

    [Fact]
    public async Task News_report_links_to_the_statement_it_reports_on_and_back()
    {
        var statement = await StatementAsync();
        var report = await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt");

        var reportPage = await factory.GetDocumentAsync(report);
        var statementPage = await factory.GetDocumentAsync(statement);

        Assert.Equal([statement], reportPage.QuerySelectorAll("[data-test=reported-on] a").Select(a => a.GetAttribute("href")));
        Assert.Equal([report], statementPage.QuerySelectorAll("[data-test=reports] a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Document_page_links_previous_and_next_by_date()
    {
        var statement = await StatementAsync();
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("003_c1f9c293b1018fca.txt"));

        Assert.Equal(await factory.PermalinkOfFileAsync("004_f2b05f08a456e9bf.txt"), page.QuerySelector("a[rel=prev][data-test=previous]")!.GetAttribute("href"));
        Assert.Equal(statement, page.QuerySelector("a[rel=next][data-test=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Latest_document_has_a_previous_link_and_no_next_one()
    {
        await StatementAsync();
        var latest = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt"));

        Assert.NotNull(latest.QuerySelector("[data-test=previous]"));
        Assert.Null(latest.QuerySelector("[data-test=next]"));
    }

    [Fact]
    public async Task Document_page_lists_other_documents_of_the_same_person_under_another_spelling()
    {
        var statement = await StatementAsync();
        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("000_1c78345fd241136f.txt"));

        var same = page.QuerySelectorAll("[data-test=same-speaker] [data-test=related-row]").Select(r => "/documents/" + r.GetAttribute("data-slug")).ToList();
        Assert.Equal(new[] { await factory.PermalinkOfFileAsync("001_907870b53d1c0730.txt"), statement }.Order(StringComparer.Ordinal), same.Order(StringComparer.Ordinal));
        Assert.Null(page.QuerySelector("[data-test=reports]"));
    }

    [Fact]
    public async Task Document_page_lists_the_other_document_under_the_same_agenda_item_and_at_the_same_event()
    {
        var copy = await factory.ImportAsync("letter-again.txt",
            await File.ReadAllTextAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "seeds", "002_81f3dbfb7eed6bc0.txt")) + "\n\nCirculated again.\n");

        var page = await factory.GetDocumentAsync(await factory.PermalinkOfFileAsync("002_81f3dbfb7eed6bc0.txt"));

        Assert.Equal([copy], page.QuerySelectorAll("[data-test=same-agenda-item] a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector("[data-test=same-event]"));
    }
}
