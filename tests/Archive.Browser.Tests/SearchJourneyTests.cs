using Microsoft.Playwright;

namespace Archive.Browser.Tests;

[Trait("Category", "Browser")]
public class SearchJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Fact]
    public async Task Staff_search_from_the_header_refine_by_kind_go_back_and_open_a_result()
    {
        var page = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + "/");

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search the archive" }).FillAsync("genocide");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=total]")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("[data-test=hit] mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[Gg]enocide$"));

        await page.Locator("[data-test=facet-kind]").GetByRole(AriaRole.Link, new() { NameRegex = new("^letter") }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=total]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("[data-test=chip]")).ToContainTextAsync("Kind: letter");
        Assert.Contains("kind=letter", page.Url);

        await page.GoBackAsync();
        await Assertions.Expect(page.Locator("[data-test=total]")).ToHaveTextAsync("3");
        await page.GoForwardAsync();
        await Assertions.Expect(page.Locator("[data-test=total]")).ToHaveTextAsync("1");

        await page.Locator("[data-test=hit]").GetByRole(AriaRole.Link, new() { NameRegex = new("^Letter dated 26 November 2019") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Letter dated 26 November 2019");
    }
}
