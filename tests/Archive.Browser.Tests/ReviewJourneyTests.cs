using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Tests.Shared;
using Archive.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Browser.Tests;

/// <summary>
/// The review of an upload: an archivist uploads a PDF letter, finds it as a draft a reader cannot open, checks the
/// importer's warnings and evidence on the review page, publishes it, and the reader then reads it on its public page.
/// </summary>
[Trait("Category", "Browser")]
public class ReviewJourneyTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    private static byte[] Letter() => GeneratedFiles.Pdf(
    [
        [
            "United Nations A/80/412",
            "General Assembly Distr.: General",
            "9 October 2025",
            "",
            "Letter dated 8 October 2025 from the Permanent Representative of Veltravia to the United Nations addressed to the Secretary-General",
            "",
            "I have the honour to transmit the position of the Government of Veltravia on the draft articles on crimes",
            "against humanity, which it supports in full.",
            "",
            "25-16234 (E) 101025",
        ],
        [
            "A/80/412",
            "",
            "(Signed) Ilse Marwick",
            "Permanent Representative",
            "2/2 25-16234",
        ],
    ]);

    [Fact]
    public async Task Archivist_uploads_a_pdf_reviews_the_draft_with_its_warnings_and_evidence_and_publishes_it()
    {
        var email = $"review-{Guid.NewGuid():N}@example.org";
        await server.CreateUserAsync(Roles.Archivist, email);
        var page = await server.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "/account/signin");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(ArchiveWebFactory.TestPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.GotoAsync(server.BaseUrl + "/curate/add");
        await page.Locator("[data-test=files]").SetInputFilesAsync(new FilePayload { Name = "veltravia.pdf", MimeType = "application/pdf", Buffer = Letter() });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-test=stored-as-draft]")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Review and publish" }).ClickAsync();
        var review = new Uri(page.Url).AbsolutePath;
        var permalink = review.Replace("/curate/documents/", "/documents/", StringComparison.Ordinal).Replace("/edit", "", StringComparison.Ordinal);

        // Before publishing, a reader (without JavaScript) gets nothing at the permalink.
        var reader = await server.NewPageAsync(javaScript: false);
        Assert.Equal(404, (await reader.GotoAsync(server.BaseUrl + permalink))!.Status);

        await Assertions.Expect(page.Locator("[data-test=draft-banner]")).ToBeVisibleAsync();
        var (warnings, evidence) = await StoredReadingAsync(permalink);
        await Assertions.Expect(page.Locator("[data-test=review-warning]")).ToHaveCountAsync(warnings.Count);
        foreach (var warning in warnings)
            await Assertions.Expect(page.Locator("[data-test=review-warnings]")).ToContainTextAsync(warning);
        await Assertions.Expect(page.Locator(".evidence")).ToHaveCountAsync(evidence.Count);
        foreach (var field in evidence)
            await Assertions.Expect(page.Locator($"[data-test='evidence-{field.Field}']").First).ToContainTextAsync(field.Quote);
        await Assertions.Expect(page.Locator("[data-test=body-input]")).ToContainTextAsync("draft articles on crimes");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(server.BaseUrl + permalink);
        await Assertions.Expect(page.Locator("[data-test=draft-banner]")).ToHaveCountAsync(0);
        Assert.Equal(200, (await reader.GotoAsync(server.BaseUrl + permalink))!.Status);
        await Assertions.Expect(reader.Locator("main")).ToContainTextAsync("Government of Veltravia");
        await Assertions.Expect(reader.Locator("main")).Not.ToContainTextAsync("25-16234");
    }

    private async Task<(List<string> Warnings, IReadOnlyList<FieldEvidence> Evidence)> StoredReadingAsync(string permalink)
    {
        using var scope = server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var slug = permalink.Split('/')[2];
        var document = await db.Documents.IgnoreQueryFilters().Include(d => d.Original).SingleAsync(d => d.Slug == slug);
        return (document.ImportWarnings, DocumentParser.Parse(document.Original!.ExtractedText!, document.Original.FileName).Evidence);
    }
}
