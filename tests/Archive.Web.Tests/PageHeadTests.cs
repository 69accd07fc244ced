using AngleSharp.Html.Dom;

namespace Archive.Web.Tests;

/// <summary>
/// Every page type has its own title, description and canonical link, exactly one h1 and a main landmark. Add a page type by
/// adding a line to <see cref="PublicPageTypes.Addresses"/>.
/// </summary>
public class PageHeadTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private const string DefaultDescription = "An archive of statements, letters and notes verbales by diplomatic missions at the United Nations.";

    public static TheoryData<string> PageTypes => new(PublicPageTypes.Addresses);

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task Page_has_a_title_a_description_a_canonical_link_one_h1_and_a_main_landmark(string address)
    {
        var path = await PathOfAsync(address);

        var (status, page, _) = await factory.GetAsync(path);

        Assert.Equal(200, status);
        Assert.EndsWith(" · Statements Archive", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(Description(page)));
        Assert.Equal("http://localhost" + path, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("main"));
    }

    [Fact]
    public async Task Every_page_type_has_a_title_and_description_of_its_own()
    {
        var heads = new List<(string Path, string Title, string Description)>();
        foreach (var address in PublicPageTypes.Addresses)
        {
            var path = await PathOfAsync(address);
            var (_, page, _) = await factory.GetAsync(path);
            heads.Add((path, page.Title ?? "", Description(page)));
        }

        Assert.Equal(heads.Count, heads.Select(h => h.Title).Distinct().Count());
        Assert.Equal(heads.Count, heads.Select(h => h.Description).Distinct().Count());
        Assert.DoesNotContain(heads, h => h.Description == DefaultDescription);
    }

    [Theory]
    [InlineData("/browse/1850")]
    [InlineData("/organs/no-such-organ")]
    [InlineData("/documents/no-such-document-abcdefabcdef")]
    [InlineData("/no/such/page")]
    public async Task Not_found_page_has_a_title_a_description_one_h1_and_no_canonical_link(string path)
    {
        var (status, page, _) = await factory.GetAsync(path);

        Assert.Equal(404, status);
        Assert.Equal("Not found · Statements Archive", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(Description(page)));
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Single(page.QuerySelectorAll("main"));
    }

    private async Task<string> PathOfAsync(string address) =>
        address.StartsWith("file:", StringComparison.Ordinal) ? await factory.PermalinkOfFileAsync(address[5..]) : address;

    private static string Description(IHtmlDocument page) => page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "";
}
