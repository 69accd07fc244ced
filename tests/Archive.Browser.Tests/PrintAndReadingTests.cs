using Archive.Web.Tests;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>The document page on paper and on a wide screen: what prints, and a line length made for long reading.</summary>
[Trait("Category", "Browser")]
public class PrintAndReadingTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    private const string Letter = "002_81f3dbfb7eed6bc0.txt";

    [Fact]
    public async Task Printed_document_page_hides_navigation_search_and_forms_and_prints_the_permalink_address()
    {
        var page = await server.NewPageAsync();
        var path = await server.PermalinkOfFileAsync(Letter);
        await page.GotoAsync(server.BaseUrl + path);

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Search)).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".skip-link")).ToBeHiddenAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('form, nav')].filter(e => e.getClientRects().length > 0).length"));
        var permalink = page.Locator("[data-test=permalink]");
        await Assertions.Expect(permalink).ToBeVisibleAsync();
        await Assertions.Expect(permalink).ToContainTextAsync(server.BaseUrl + path);
        await Assertions.Expect(page.Locator("[data-test=body]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Printed_document_page_of_a_signed_in_archivist_leaves_out_the_archivist_tools()
    {
        var email = $"print-{Guid.NewGuid():N}@example.org";
        await server.CreateUserAsync(Archive.Core.Accounts.Roles.Archivist, email);
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/account/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ArchiveWebFactory.TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync(Letter));
        await Assertions.Expect(page.Locator("[data-test=archivist-toolbar]")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator("[data-test=archivist-toolbar]")).ToBeHiddenAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('form, nav, button')].filter(e => e.getClientRects().length > 0).length"));
        await Assertions.Expect(page.Locator("[data-test=permalink]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Document_text_on_a_wide_screen_sets_about_seventy_characters_a_line()
    {
        var page = await server.NewPageAsync();
        await page.SetViewportSizeAsync(1600, 1000);
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync("000_1c78345fd241136f.txt"));

        // The longest paragraph's characters divided by its lines (its height over its line height).
        var perLine = await page.EvaluateAsync<double>("""
            () => {
                const p = [...document.querySelectorAll('[data-test=body] p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
                const lines = Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight));
                return p.textContent.length / lines;
            }
            """);

        Assert.InRange(perLine, 55, 78);
        await page.Context.CloseAsync();
    }
}
