using Archive.Web.Tests;
namespace Archive.Browser.Tests;

/// <summary>axe-core finds no serious or critical violation on each kind of page. Add a page type to <see cref="PublicPageTypes.Addresses"/>, or here when only this check needs it.</summary>
[Trait("Category", "Browser")]
public class AccessibilityTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    /// <summary>Every public page type, plus pages only this check needs: not-found pages, search states and sign-in.</summary>
    public static TheoryData<string> Pages => new(PublicPageTypes.Addresses.Concat(
    [
        "/speakers/nobody-by-that-name",
        "/browse/1850",
        "/search?q=genocide",
        "/search?q=genocide&kind=letter&sort=newest",
        "/search?q=xylophonic",
        "/search?q=%22NEAR%28+AND+*",
        "/account/signin",
    ]));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_accessibility_violation(string address)
    {
        var path = address.StartsWith("file:", StringComparison.Ordinal) ? await server.PermalinkOfFileAsync(address[5..]) : address;
        var page = await Axe.NewCheckingPageAsync(server.Browser);

        await page.GotoAsync(server.BaseUrl + path);

        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Document_page_on_a_phone_with_the_citation_open_has_no_serious_violation()
    {
        var page = await Axe.NewCheckingPageAsync(server.Browser);
        await page.SetViewportSizeAsync(375, 740);
        await page.GotoAsync(server.BaseUrl + await server.PermalinkOfFileAsync("001_907870b53d1c0730.txt"));

        await page.GetByText("BibTeX", new() { Exact = true }).First.ClickAsync();
        await page.Keyboard.PressAsync("Tab");

        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Check_fails_on_a_page_with_an_unlabelled_field_and_names_the_rule()
    {
        var page = await Axe.NewCheckingPageAsync(server.Browser);
        await page.GotoAsync(server.BaseUrl + "/speakers");
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text><img src=data:,x>')");

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(() => Axe.AssertNoSeriousViolationsAsync(page));

        Assert.Contains("- label (critical)", failure.Message);
        Assert.Contains("- image-alt (critical)", failure.Message);
        await page.Context.CloseAsync();
    }
}
