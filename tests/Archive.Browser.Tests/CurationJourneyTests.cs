using System.Text;
using Archive.Core.Accounts;
using Archive.Web.Tests;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// An archivist's day: sign in, upload a statement, correct its speaker to a person already in the archive, publish it, find it
/// by search and by its date, correct it again and read the diff in its history, then withdraw it, which hides it from
/// an anonymous reader's list, search and calendar. With ARCHIVE_SCREENSHOTS=1
/// it also writes the archivist guide's screenshots to docs/screenshots.
/// </summary>
[Trait("Category", "Browser")]
public class CurationJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    private const string Upload = """
        Statement by Mr. Jashar Aliev
        Permanent Representative of the Republic of Azerbaijan to the United Nations

        12 February 2026

        Mr. President,

        My delegation thanks the Secretary-General for the report before us today on cooperation between the United
        Nations and regional organisations. We stand ready to work with all members of the Council.
        """;

    private static readonly bool Screenshots = Environment.GetEnvironmentVariable("ARCHIVE_SCREENSHOTS") == "1";

    [Fact]
    public async Task Archivist_uploads_corrects_finds_reviews_history_and_withdraws_a_statement()
    {
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        await server.CreateUserAsync(Roles.Archivist, email);
        var page = await server.NewPageAsync();
        await page.SetViewportSizeAsync(1100, 900);

        await page.GotoAsync(server.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Archivists: sign in" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ArchiveWebFactory.TestPassword);
        await ShotAsync(page, "signin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Curate the archive");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add documents" }).ClickAsync();
        await page.Locator("[data-test=files]").SetInputFilesAsync(new FilePayload { Name = "aliev-2026.txt", MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(Upload) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=result]")).ToContainTextAsync("Stored.");
        await ShotAsync(page, "add");

        await page.GetByRole(AriaRole.Link, new() { Name = "Review and publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=speaker-name-input]").First).ToHaveValueAsync("Jashar Aliev");
        await page.Locator("[data-test=speaker-name-input]").First.FillAsync("Yashar Aliyev");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview and check names" }).ClickAsync();
        await page.Locator("[data-test=speaker-person]").First.SelectOptionAsync(new SelectOptionValue { Label = await LikelyOptionAsync(page) });
        await page.GetByLabel("What you changed and why").FillAsync("Speaker is the Permanent Representative already in the archive");
        await ShotAsync(page, "review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=speaker-name]")).ToHaveTextAsync("Yashar Aliyev");
        var permalink = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "Review and publish" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=draft-banner]")).ToHaveCountAsync(0);

        // A reader finds the corrected statement at once, by search under its corrected speaker and by its date.
        var reader = await server.NewPageAsync(javaScript: false);
        await reader.GotoAsync(server.BaseUrl + "/");
        await reader.GetByRole(AriaRole.Searchbox, new() { Name = "Search the archive" }).FillAsync("\"regional organisations\" speaker:aliyev");
        await reader.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(reader.Locator("[data-test=total]")).ToHaveTextAsync("1");
        await reader.Locator($"[data-test=hit] a[href='{permalink}']").ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(server.BaseUrl + permalink);

        await reader.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Browse", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "2026", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "February", Exact = true }).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { NameRegex = new("^12 February: ") }).ClickAsync();
        await reader.Locator($"[data-test=document-row] a[href='{permalink}']").ClickAsync();
        await Assertions.Expect(reader).ToHaveURLAsync(server.BaseUrl + permalink);

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Statement on cooperation with regional organisations");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=revision]")).ToHaveCountAsync(4);
        await Assertions.Expect(page.Locator("[data-test=revision]").First.Locator("[data-test=diff-field][data-field=Title] ins"))
            .ToHaveTextAsync("Statement on cooperation with regional organisations");
        await ShotAsync(page, "history");

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the document" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw" }).ClickAsync();
        await page.GetByLabel("Reason").FillAsync("Published by mistake: the statement was never delivered");
        await ShotAsync(page, "withdraw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=withdrawn-banner]")).ToContainTextAsync("never delivered");

        var gone = await reader.GotoAsync(server.BaseUrl + permalink);
        Assert.Equal(410, gone!.Status);
        await Assertions.Expect(reader.Locator("[data-test=withdrawn-reason]")).ToHaveTextAsync("Published by mistake: the statement was never delivered");
        await ShotAsync(reader, "withdrawn");
        await reader.GotoAsync(server.BaseUrl + "/");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Statement on cooperation with regional organisations" })).ToHaveCountAsync(0);
        await reader.GotoAsync(server.BaseUrl + "/search?q=%22regional+organisations%22");
        await Assertions.Expect(reader.Locator("[data-test=total]")).ToHaveTextAsync("0");
        var day = await reader.GotoAsync(server.BaseUrl + "/browse/2026/02/12");
        Assert.Equal(404, day!.Status);
    }

    private static async Task<string> LikelyOptionAsync(IPage page)
    {
        var options = await page.Locator("[data-test=speaker-person]").First.Locator("option").AllTextContentsAsync();
        return options.First(o => o.StartsWith("Yashar Aliyev", StringComparison.Ordinal));
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        if (!Screenshots)
            return;
        var folder = Path.Combine(ArchiveWebFactory.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"archivist-{name}.png"), FullPage = true });
    }
}
