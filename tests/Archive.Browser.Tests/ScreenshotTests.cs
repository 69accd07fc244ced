using Archive.Web.Tests;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// GATED: regenerates the pictures in docs/screenshots/ that docs/user-guide.md shows. It runs only when the environment variable
/// ARCHIVE_SCREENSHOTS=1 is set (`ARCHIVE_SCREENSHOTS=1 dotnet test tests/Archive.Browser.Tests --filter Category=Screenshots`);
/// otherwise it returns at once, so CI never writes into docs/.
/// </summary>
[Trait("Category", "Screenshots")]
public class ScreenshotTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    private const string Letter = "002_81f3dbfb7eed6bc0.txt";

    /// <summary>The address the pictures show: the browser asks the test server for it as its proxy, so permalinks and citations read well.</summary>
    private const string ShownAddress = "http://archive.example.org";

    [Fact]
    public async Task Screenshots_of_the_user_guide_are_saved_when_asked_for()
    {
        if (Environment.GetEnvironmentVariable("ARCHIVE_SCREENSHOTS") != "1")
            return;
        var folder = Path.Combine(ArchiveWebFactory.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        var letter = await server.PermalinkOfFileAsync(Letter);

        await SaveAsync(folder, "home.png", "/");
        await SaveAsync(folder, "browse.png", "/browse");
        await SaveAsync(folder, "browse-year.png", "/browse/2019");
        await SaveAsync(folder, "browse-month.png", "/browse/2019/11");
        await SaveAsync(folder, "document-page.png", letter);
        await SaveAsync(folder, "document-cite.png", letter, async page =>
        {
            await page.Locator("summary", new() { HasTextString = "BibTeX" }).ClickAsync();
            return page.Locator("[data-test=cite]");
        });
        await SaveAsync(folder, "document-related.png", letter, page => Task.FromResult<ILocator?>(page.Locator("[data-test=related]")));
        await SaveAsync(folder, "document-paragraph.png", letter, async page =>
        {
            // Follow the link of the body's third paragraph, as a reader quoting it would, and show it highlighted.
            var anchor = await page.EvaluateAsync<string>("() => document.querySelectorAll('[data-test=body] p[id]')[2].id");
            await page.GotoAsync(ShownAddress + letter + "#" + anchor);
            await page.EvaluateAsync("() => window.scrollBy(0, -200)");
            await page.Locator("#" + anchor).HoverAsync();
            return null;
        });
        await SaveAsync(folder, "speakers-index.png", "/speakers");
        await SaveAsync(folder, "speaker-page.png", "/speakers/tofiq-f-musayev");
        await SaveAsync(folder, "agenda-item.png", "/agenda/general-assembly/74/130");
        await SaveAsync(folder, "document-phone.png", letter, width: 375, height: 740);
        await SaveAsync(folder, "search.png", "/search?q=genocide");
        await SaveAsync(folder, "search-no-hits.png", "/search?q=genocidl");

        Assert.True(File.Exists(Path.Combine(folder, "document-phone.png")));
    }

    /// <summary>Saves the viewport, or the element <paramref name="prepare"/> returns, as a PNG named <paramref name="name"/>.</summary>
    private async Task SaveAsync(string folder, string name, string path, Func<IPage, Task<ILocator?>>? prepare = null, int width = 1280, int height = 900)
    {
        var context = await server.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height },
            Proxy = new() { Server = server.BaseUrl },
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(ShownAddress + path);
        Assert.Equal(200, response!.Status);
        var element = prepare is null ? null : await prepare(page);
        var file = Path.Combine(folder, name);
        if (element is null)
            await page.ScreenshotAsync(new() { Path = file });
        else
        {
            // The element with a margin of the page around it, so it does not look cut out.
            // The box is measured from the scrolled viewport; a full-page clip is measured from the top of the page.
            var box = (await element.BoundingBoxAsync())!;
            box.Y += await page.EvaluateAsync<float>("() => window.scrollY");
            const float margin = 24;
            await page.ScreenshotAsync(new()
            {
                Path = file,
                FullPage = true,
                Clip = new() { X = Math.Max(0, box.X - margin), Y = Math.Max(0, box.Y - margin), Width = box.Width + (2 * margin), Height = box.Height + (2 * margin) },
            });
        }
        await context.CloseAsync();
    }
}
