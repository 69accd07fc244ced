using System.Text.RegularExpressions;
using Archive.Core.Rendering;

namespace Archive.Core.Tests.Rendering;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("[x]( javascript:alert(1) )")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](%6Aavascript:alert(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[x][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void ToHtml_dangerous_link_is_made_inert(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        var targets = Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, target => Assert.Equal("#", target));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("# Heading {onclick=alert(1)}")]
    [InlineData("text <span onmouseover=alert(1)>x</span>")]
    public void ToHtml_raw_html_and_attributes_are_escaped(string markdown)
    {
        var html = _renderer.ToHtml(markdown);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<span", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[a-z0-9]+[^>]*\son[a-z]+\s*=", html);
    }

    [Theory]
    [InlineData("[UN](https://www.un.org/)", "href=\"https://www.un.org/\"")]
    [InlineData("[mail](mailto:press@un.org)", "href=\"mailto:press@un.org\"")]
    [InlineData("[para](#p3)", "href=\"#p3\"")]
    [InlineData("[doc](/documents/x)", "href=\"/documents/x\"")]
    public void ToHtml_safe_links_are_kept(string markdown, string expected)
    {
        Assert.Contains(expected, _renderer.ToHtml(markdown));
    }

    [Fact]
    public void ToHtml_dangerous_autolink_becomes_plain_text()
    {
        var html = _renderer.ToHtml("<javascript:alert(1)>");

        Assert.DoesNotContain("<a", html);
        Assert.Contains("javascript:alert(1)", html);
    }

    [Fact]
    public void ToHtml_image_becomes_a_link_to_it()
    {
        var html = _renderer.ToHtml("![Map of the region](https://example.org/map.png)");

        Assert.DoesNotContain("<img", html);
        Assert.Contains("<a href=\"https://example.org/map.png\">Map of the region</a>", html);
    }

    [Theory]
    [InlineData("# Main", "id=")]
    [InlineData("::: skip-link\ntext\n:::", "class=")]
    [InlineData("Text {#main .skip-link}", "id=")]
    public void ToHtml_body_cannot_set_ids_or_classes(string markdown, string attribute)
    {
        Assert.DoesNotContain(attribute, _renderer.ToHtml(markdown));
    }

    [Fact]
    public void ToHtml_renders_emphasis_and_paragraphs()
    {
        var html = _renderer.ToHtml("Mr. President,\n\nWe **do establish** the facts.");

        Assert.Contains("<p>Mr. President,</p>", html);
        Assert.Contains("<strong>do establish</strong>", html);
    }
}
