using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Archive.Core.Import.Formats;

/// <summary>
/// A mission's or ministry's web page: the main content (the page's <c>main</c> or <c>article</c>, else its body) as
/// paragraphs, without scripts, menus, navigation, headers and footers, share buttons and cookie notices.
/// </summary>
public sealed partial class HtmlExtractor : IFormatExtractor
{
    private static readonly string[] NoiseTags =
        ["script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "iframe", "svg", "select", "menu"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
        "table", "tr", "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "hr",
    };

    public string MediaType => "text/html";
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];
    public string? SignedAs => null;
    public bool HasSignature(ReadOnlySpan<byte> head) => false;

    public Extraction Extract(byte[] content)
    {
        var source = SourceText.TryDecode(content, out var error);
        if (source is null)
            return Extraction.Failed(error!);
        var document = new HtmlParser().ParseDocument(source);
        foreach (var noise in document.QuerySelectorAll(string.Join(',', NoiseTags)).ToList())
            noise.Remove();
        // A page's header is its logo and menu; an article's header holds its title and date, which the parser needs.
        foreach (var header in document.QuerySelectorAll("header").Where(h => h.ParentElement?.Closest("article, main") is null).ToList())
            header.Remove();
        foreach (var noise in document.All.Where(IsNoise).ToList())
            noise.Remove();
        var root = document.QuerySelector("main, [role=main]") ?? document.QuerySelector("article") ?? document.Body;
        if (root is null)
            return Extraction.Failed("The web page has no body.");
        var text = new StringBuilder();
        Write(root, text);
        var paragraphs = BlankLines().Split(text.ToString())
            .Select(p => string.Join('\n', p.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0)))
            .Where(p => p.Length > 0);
        var result = string.Join("\n\n", paragraphs);
        return result.Length == 0 ? Extraction.Failed("The web page contains no text in its main content.") : Extraction.Of(result + "\n");
    }

    // Share bars, menus, breadcrumbs and cookie banners by their usual roles, classes and ids.
    private static bool IsNoise(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "search" or "menu" or "complementary")
            return true;
        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
            return true;
        var names = $"{element.GetAttribute("class")} {element.Id}";
        return names.Length > 1 && NoiseName().IsMatch(names);
    }

    private static void Write(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data.Replace('\n', ' '));
                    break;
                case IElement { LocalName: "br" }:
                    text.Append('\n');
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append("\n\n");
                    Write(element, text);
                    text.Append("\n\n");
                    break;
                case IElement element:
                    Write(element, text);
                    break;
            }
        }
    }

    [GeneratedRegex(@"(?:^|[\s_-])(?:menu|nav|navbar|navigation|breadcrumbs?|share|sharing|social|footer|cookies?|sidebar|newsletter|skip-link|related|tags|print|subscribe)(?:$|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex NoiseName();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"[ \t\u00a0]+")]
    private static partial Regex Spaces();
}
