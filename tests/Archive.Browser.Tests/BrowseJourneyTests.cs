using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

[Trait("Category", "Browser")]
public class BrowseJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Reader_goes_from_home_to_the_november_2019_letter_by_date_in_four_clicks(bool javaScript)
    {
        var page = await server.NewPageAsync(javaScript);
        await page.GotoAsync(server.BaseUrl + "/");
        var clicks = 0;
        async Task ClickAsync(ILocator link)
        {
            await link.ClickAsync();
            clicks++;
        }

        await ClickAsync(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Browse", Exact = true }));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/browse$"));
        await ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "2019", Exact = true }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("2019");
        await ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "November", Exact = true }));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("November 2019");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "November 2019: days with documents are links" })
            .GetByRole(AriaRole.Link, new() { Name = "27 November: 1 document" })).ToBeVisibleAsync();
        await ClickAsync(page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Letter dated 26 November 2019") }));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Letter dated 26 November 2019");
        Assert.Equal(4, clicks);
    }

    [Fact]
    public async Task Reader_follows_the_calendar_day_and_steps_to_the_next_day_with_documents()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/browse/2019/11");

        await page.GetByRole(AriaRole.Link, new() { Name = "27 November: 1 document" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("27 November 2019");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Days" }).GetByRole(AriaRole.Link, new() { NameRegex = new("4 November 2020") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("4 November 2020");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Note verbale dated 4 November 2020") })).ToBeVisibleAsync();
    }
}
