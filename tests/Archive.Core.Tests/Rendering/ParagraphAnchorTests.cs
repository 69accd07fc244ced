using AngleSharp.Html.Parser;
using Archive.Core.Rendering;

namespace Archive.Core.Tests.Rendering;

public class ParagraphAnchorTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Fact]
    public void ToHtmlWithAnchors_numbers_paragraphs_headings_and_list_items_in_reading_order()
    {
        var html = _renderer.ToHtmlWithAnchors("""
            # Heading

            First paragraph.

            - one
            - two

            > Quoted paragraph.

            | a | b |
            |---|---|
            | 1 | 2 |

            Last paragraph.
            """);
        var page = new HtmlParser().ParseDocument(html);

        var ids = page.QuerySelectorAll("[id]").Select(e => (e.LocalName, e.Id)).ToList();
        Assert.Equal([("h3", "p1"), ("p", "p2"), ("li", "p3"), ("li", "p4"), ("p", "p5"), ("table", "p6"), ("p", "p7")], ids);
    }

    [Fact]
    public void ToHtmlWithAnchors_each_text_block_links_to_itself_with_a_labelled_pilcrow()
    {
        var page = new HtmlParser().ParseDocument(_renderer.ToHtmlWithAnchors("Mr. President,\n\nI thank you.\n\n- item"));

        foreach (var id in new[] { "p1", "p2", "p3" })
        {
            var link = page.GetElementById(id)!.QuerySelector("a.anchor")!;
            Assert.Equal("#" + id, link.GetAttribute("href"));
            Assert.Equal("\u00b6", link.TextContent);
            Assert.Equal("Link to paragraph " + id[1..], link.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public void ToHtmlWithAnchors_loose_list_item_has_one_id_and_one_link()
    {
        var page = new HtmlParser().ParseDocument(_renderer.ToHtmlWithAnchors("- first\n\n- second\n\nAfter."));

        Assert.Equal(["p1", "p2", "p3"], page.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Single(page.GetElementById("p1")!.QuerySelectorAll("a.anchor"));
    }

    [Fact]
    public void ToHtmlWithAnchors_moves_headings_below_the_pages_own_h1_and_h2()
    {
        var page = new HtmlParser().ParseDocument(_renderer.ToHtmlWithAnchors("# One\n\n## Two\n\n###### Six"));

        Assert.Equal(["h3", "h4", "h6"], page.QuerySelectorAll("[id]").Select(e => e.LocalName));
    }

    [Fact]
    public void ToHtmlWithAnchors_same_body_gives_the_same_ids()
    {
        const string body = "One.\n\nTwo.\n\n## Three\n\nFour.";

        Assert.Equal(_renderer.ToHtmlWithAnchors(body), _renderer.ToHtmlWithAnchors(body));
    }

    [Theory]
    [InlineData("Text {#main}")]
    [InlineData("# Title {#p1 .x}")]
    [InlineData("<p id=\"p9\">raw</p>")]
    public void ToHtmlWithAnchors_ids_come_only_from_the_numbering(string markdown)
    {
        var page = new HtmlParser().ParseDocument(_renderer.ToHtmlWithAnchors(markdown));

        Assert.Equal(["p1"], page.QuerySelectorAll("[id]").Select(e => e.Id));
        Assert.Empty(page.QuerySelectorAll("[class]:not(.anchor)"));
    }

    [Fact]
    public void ToHtmlWithAnchors_keeps_dangerous_links_inert()
    {
        var html = _renderer.ToHtmlWithAnchors("Read [the report](javascript:alert(1)).");

        Assert.DoesNotContain("javascript:", html);
        Assert.Contains("<a href=\"#\">the report</a>", html);
    }

    [Fact]
    public void ToHtmlWithAnchors_edit_of_a_later_paragraph_leaves_every_address_in_place_and_an_insertion_moves_only_later_ones()
    {
        string[] paragraphs = ["First point.", "Second point.", "Third point.", "Fourth point."];
        var before = Ids(_renderer.ToHtmlWithAnchors(string.Join("\n\n", paragraphs)));

        paragraphs[3] = "Fourth point, corrected at length with a [link](https://example.org) and *emphasis*.";
        var edited = Ids(_renderer.ToHtmlWithAnchors(string.Join("\n\n", paragraphs)));
        var inserted = Ids(_renderer.ToHtmlWithAnchors(string.Join("\n\n", paragraphs[..2].Append("A new third point.").Concat(paragraphs[2..]))));

        Assert.Equal(before.Select(b => b.Id), edited.Select(e => e.Id));
        Assert.Equal(before.Take(3), edited.Take(3));
        Assert.Equal(before.Take(2), inserted.Take(2));
        Assert.Equal(("p4", "Third point."), inserted[3]);
    }

    private static List<(string Id, string Text)> Ids(string html) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("p[id]").Select(p => (p.Id!, p.TextContent.TrimEnd('\u00b6', ' ')))];

    [Fact]
    public void ToHtml_without_anchors_still_sets_no_ids()
    {
        Assert.DoesNotContain("id=", _renderer.ToHtml("One.\n\n# Two"));
    }
}
