using Archive.Web.Tests;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>Keyboard use, pages with JavaScript turned off, and pages on a phone-sized screen.</summary>
[Trait("Category", "Browser")]
public class KeyboardAndPhoneTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    public static TheoryData<string> PageTypes => new(PublicPageTypes.Addresses);

    [Fact]
    public async Task Tab_from_the_top_of_home_reaches_the_skip_link_first_then_the_header_in_order_each_with_a_visible_focus()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");

        var reached = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedNameAsync(page));
            Assert.True(await FocusIsVisibleAsync(page), $"Focus on \"{reached[^1]}\" has no visible outline");
        }

        Assert.Equal(["Skip to content", "Statements Archive", "Documents", "Browse", "Speakers", "Search the archive", "Search"], reached);
    }

    [Fact]
    public async Task Skip_link_shows_when_focused_and_moves_focus_to_the_main_content()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await FocusedNameAsync(page));
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "The focused skip link is off screen");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "The Tab after the skip link left the main content");
    }

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_works_with_JavaScript_turned_off(string address)
    {
        var page = await server.NewPageAsync(javaScript: false);

        var response = await page.GotoAsync(server.BaseUrl + await PathOfAsync(address));

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToBeVisibleAsync();
        Assert.True(await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).CountAsync() > 0, "The page's content has no link to follow");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Cite_formats_open_with_JavaScript_turned_off()
    {
        var page = await server.NewPageAsync(javaScript: false);
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync("002_81f3dbfb7eed6bc0.txt"));

        var bibtex = page.Locator("[data-test=bibtex]");
        await Assertions.Expect(bibtex).ToBeHiddenAsync();
        await page.Locator("summary", new() { HasTextString = "BibTeX" }).ClickAsync();

        await Assertions.Expect(bibtex).ToBeVisibleAsync();
        await Assertions.Expect(bibtex).ToContainTextAsync("@misc{");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/browse")]
    [InlineData("/browse/2019/11")]
    [InlineData("file:002_81f3dbfb7eed6bc0.txt")]
    [InlineData("file:004_f2b05f08a456e9bf.txt")]
    [InlineData("/speakers")]
    [InlineData("/speakers/tofiq-f-musayev")]
    [InlineData("/agenda/general-assembly/74/130")]
    public async Task Page_on_a_375_pixel_phone_screen_does_not_scroll_sideways(string address)
    {
        var page = await server.NewPageAsync();
        await page.SetViewportSizeAsync(375, 740);

        await page.GotoAsync(server.BaseUrl + await PathOfAsync(address));

        var (scrollWidth, innerWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(scrollWidth <= innerWidth, $"{address} is {scrollWidth}px wide on a {innerWidth}px screen");
        await page.Context.CloseAsync();
    }

    private async Task<string> PathOfAsync(string address) =>
        address.StartsWith("file:", StringComparison.Ordinal) ? await server.PermalinkOfFileAsync(address[5..]) : address;

    private static Task<string> FocusedNameAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
            const e = document.activeElement;
            if (e.labels && e.labels.length) return e.labels[0].textContent.trim();
            return (e.getAttribute('aria-label') || e.textContent || e.value || '').trim();
        }
        """);

    private static Task<bool> FocusIsVisibleAsync(IPage page) => page.EvaluateAsync<bool>("""
        () => {
            const s = getComputedStyle(document.activeElement);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
        }
        """);
}
