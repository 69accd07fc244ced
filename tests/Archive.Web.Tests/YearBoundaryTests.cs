using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>The seeds plus statements of 31 December 2022 and 2 January 2023 and an undated one.</summary>
public sealed class YearBoundaryFactory : ArchiveWebFactory, IAsyncLifetime
{
    public string NewYearsEve { get; private set; } = "";
    public string January { get; private set; } = "";
    public string Undated { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _ = Services.GetRequiredService<IServiceProvider>();  // starts the app, which imports the seeds
        NewYearsEve = await ImportAsync("eve.txt", Statement("Eve Yearend", "31 December 2022", "the closing of the year"));
        January = await ImportAsync("january.txt", Statement("Jan Newyear", "2 January 2023", "the opening of the year"));
        Undated = await ImportAsync("undated.txt", Statement("Una Dated", "", "a time nobody wrote down"));
    }

    private static string Statement(string name, string date, string topic) => $"""
        Statement by Ms. {name}
        Permanent Representative of Norland to the United Nations

        {date}

        Mr. President, my delegation speaks today on {topic}, and thanks the Council for its attention to this question.
        """;

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>Previous and next across a year's end, by calendar and by document, and undated documents kept apart.</summary>
public class YearBoundaryTests(YearBoundaryFactory factory) : IClassFixture<YearBoundaryFactory>
{
    [Theory]
    [InlineData("/browse/2022", "/browse/2021", "/browse/2023")]
    [InlineData("/browse/2023", "/browse/2022", "/browse/2025")]
    [InlineData("/browse/2022/12", "/browse/2021/05", "/browse/2023/01")]
    [InlineData("/browse/2023/01", "/browse/2022/12", "/browse/2025/07")]
    [InlineData("/browse/2022/12/31", "/browse/2021/05/25", "/browse/2023/01/02")]
    [InlineData("/browse/2023/01/02", "/browse/2022/12/31", "/browse/2025/07/01")]
    public async Task Previous_and_next_cross_the_years_end(string url, string previous, string next)
    {
        var page = await factory.GetDocumentAsync(url);

        Assert.Equal(previous, page.QuerySelector("a[data-test=previous]")?.GetAttribute("href"));
        Assert.Equal(next, page.QuerySelector("a[data-test=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Document_neighbours_follow_the_same_order_as_the_calendar()
    {
        var eve = await factory.GetDocumentAsync(factory.NewYearsEve);

        Assert.Equal(factory.January, eve.QuerySelector("a[data-test=next]")?.GetAttribute("href"));
        var january = await factory.GetDocumentAsync(factory.January);
        Assert.Equal(factory.NewYearsEve, january.QuerySelector("a[data-test=previous]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Year_counts_add_up_to_the_dated_documents_and_the_undated_one_is_listed_apart()
    {
        var browse = await factory.GetDocumentAsync("/browse");

        var years = browse.QuerySelectorAll("[data-test=period]").Sum(r => int.Parse(r.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(7, years);
        Assert.Contains("(1)", browse.QuerySelector("[data-test=undated-link]")!.ParentElement!.TextContent);
        var undated = await factory.GetDocumentAsync("/browse/undated");
        Assert.Equal([factory.Undated["/documents/".Length..]], undated.RowSlugs());
        var december = await factory.GetDocumentAsync("/browse/2022/12");
        Assert.Equal([factory.NewYearsEve["/documents/".Length..]], december.RowSlugs());
    }
}
