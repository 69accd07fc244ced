using Microsoft.Playwright;

namespace Archive.Browser.Tests;

[Trait("Category", "Browser")]
public class ReadingJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Fact]
    public async Task Reader_on_the_home_page_opens_the_letter_and_sees_who_signed_it()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("^Letter dated 26 November 2019") }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Letter dated 26 November 2019");
        await Assertions.Expect(page.Locator("[data-test=speaker-name]")).ToHaveTextAsync("Yashar Aliyev");
        await Assertions.Expect(page.Locator("[data-test=body]")).ToContainTextAsync("seventy-first anniversary");
    }

    [Fact]
    public async Task Reader_without_javascript_opens_a_statement_and_its_original()
    {
        var page = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + "/");

        await page.GetByRole(AriaRole.Link, new() { NameRegex = new("Tofiq F\\. Musayev") }).First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=speaker-role]")).ToHaveTextAsync("Counsellor of the Permanent Mission of the Republic of Azerbaijan to the United Nations");
        await page.GetByRole(AriaRole.Link, new() { Name = "the original file" }).ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("633 Third Avenue");
    }
}
