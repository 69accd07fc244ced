using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Extensions.MediaLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Archive.Core.Rendering;

/// <summary>
/// The only way stored Markdown becomes HTML: raw HTML is escaped, attribute syntax is off, and any link
/// or image whose scheme is not http, https or mailto is made inert.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];
    private readonly MarkdownPipeline _pipeline;

    public MarkdownRenderer()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml();
        // "# H {onclick=alert(1)}" would otherwise become an event handler; media links embed iframes.
        builder.Extensions.RemoveAll(e => e is GenericAttributesExtension or MediaLinkExtension);
        _pipeline = builder.Build();
    }

    public string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        foreach (var inline in document.Descendants<Inline>())
        {
            switch (inline)
            {
                case LinkInline link when !IsSafe(link.Url):
                    link.Url = "#";
                    break;
                case AutolinkInline autolink when !IsSafe(autolink.Url):
                    autolink.Url = "#";
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
