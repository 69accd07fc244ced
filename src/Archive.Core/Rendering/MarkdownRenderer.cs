using Markdig;
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

    public string ToHtml(string markdown)
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
        return document.ToHtml(_pipeline);
    }

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
