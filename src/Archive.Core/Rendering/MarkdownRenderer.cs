using System.Globalization;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Rendering;

/// <summary>
/// The only way stored Markdown becomes HTML: raw HTML is escaped, and any link or image whose scheme is not
/// http, https or mailto is made inert; images become links to them. Only extensions that add no ids, classes or attributes are on, so a
/// body cannot take over the page's own ids ("main") or styles.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private readonly MarkdownPipeline _pipeline;

    public MarkdownRenderer()
    {
        _pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseAutoLinks()
            .DisableHtml()
            .Build();
    }

    public string ToHtml(string markdown) => Render(Parse(markdown));

    /// <summary>The page around a body holds its h1 and the body's own h2, so a body's "# Heading" becomes an h3.</summary>
    public const int HeadingOffset = 2;

    /// <summary>
    /// As <see cref="ToHtml"/>, headings moved down by <see cref="HeadingOffset"/> levels, and each citable block (paragraph, heading, list item, table, code block) gets the id
    /// "p1", "p2"… in reading order and, for text blocks, a closing "¶" link to itself, so a quote can be linked to its
    /// paragraph. The ids are generated here, never taken from the text, and stay the same as long as the body does.
    /// </summary>
    public string ToHtmlWithAnchors(string markdown)
    {
        var document = Parse(markdown);
        var number = 0;
        foreach (var block in document.Descendants<Block>().Where(IsCitable).ToList())
        {
            var id = "p" + (++number).ToString(CultureInfo.InvariantCulture);
            block.GetAttributes().Id = id;
            if (block is HeadingBlock heading)
                heading.Level = Math.Min(6, heading.Level + HeadingOffset);
            if (InlinesOf(block) is { } inlines)
            {
                inlines.AppendChild(new LiteralInline(" "));
                inlines.AppendChild(AnchorLink(id, number));
            }
        }
        return Render(document);
    }

    // A paragraph inside a list item or a table cell is cited through its item or table ("loose" items hold their text in a paragraph).
    private static bool IsCitable(Block block) => block switch
    {
        ParagraphBlock => block.Parent is MarkdownDocument or QuoteBlock,
        HeadingBlock or ListItemBlock or Table or CodeBlock => true,
        _ => false,
    };

    private static ContainerInline? InlinesOf(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } when block is not CodeBlock => inline,
        ListItemBlock item => item.OfType<ParagraphBlock>().FirstOrDefault()?.Inline,
        _ => null,
    };

    private static LinkInline AnchorLink(string id, int number)
    {
        var link = new LinkInline("#" + id, "");
        link.AppendChild(new LiteralInline("\u00b6"));
        var attributes = link.GetAttributes();
        attributes.AddClass("anchor");
        attributes.AddProperty("aria-label", "Link to paragraph " + number.ToString(CultureInfo.InvariantCulture));
        return link;
    }

    private MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link:
                    // Images from elsewhere are blocked by the page's content policy; a link to them still works.
                    link.IsImage = false;
                    if (!IsSafe(link.Url))
                        link.Url = "#";
                    break;
                case AutolinkInline autolink when !IsSafe(autolink.Url):
                    // "<javascript:alert(1)>" stays readable as text, and is no link.
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
        return document;
    }

    private string Render(MarkdownDocument document) => document.ToHtml(_pipeline);

    /// <summary>Relative links and anchors are safe; anything with a scheme must use an allowed one.</summary>
    internal static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return true;
        var compact = new string([.. url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        var colon = compact.IndexOf(':');
        if (colon < 0)
            return true;
        var delimiter = compact.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
            return true;
        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
