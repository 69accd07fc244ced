using Microsoft.Playwright;

namespace Archive.Browser.Tests;

[Trait("Category", "Browser")]
public class SpeakerJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Fact]
    public async Task Reader_goes_from_the_speakers_index_through_the_role_timeline_to_a_document()
    {
        var page = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + "/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Speakers" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Musayev, Tofiq F." }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tofiq F. Musayev");
        var timeline = page.GetByRole(AriaRole.Table, new() { Name = "Roles held by Tofiq F. Musayev" });
        var counsellor = timeline.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { NameRegex = new("^Counsellor") }) });
        await counsellor.GetByRole(AriaRole.Link, new() { NameRegex = new("^6 September 2017") }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Statement by Tofiq F. Musayev at the informal interactive dialogue on the responsibility to protect");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tofiq F. Musayev" })).ToHaveAttributeAsync("href", "/speakers/tofiq-f-musayev");
    }

    [Fact]
    public async Task Reader_follows_a_paragraph_link_and_the_address_names_that_paragraph()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync("003_c1f9c293b1018fca.txt"));

        var link = page.GetByRole(AriaRole.Link, new() { Name = "Link to paragraph 2", Exact = true });
        await link.FocusAsync();
        await Assertions.Expect(link).ToHaveCSSAsync("opacity", "1");
        await link.ClickAsync();

        Assert.EndsWith("#p2", page.Url);
        await Assertions.Expect(page.Locator("#p2")).ToContainTextAsync("At the outset, I would like to thank the delegation of China");
    }
}
