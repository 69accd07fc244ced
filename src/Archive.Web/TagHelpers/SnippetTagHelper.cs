using Archive.Core.Search;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Archive.Web.TagHelpers;

/// <summary><c>&lt;snippet parts="…"&gt;</c> renders one snippet fragment as a paragraph, matched words in <c>&lt;mark&gt;</c>, all text encoded.</summary>
[HtmlTargetElement("snippet", TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class SnippetTagHelper : TagHelper
{
    public IReadOnlyList<SnippetPart> Parts { get; set; } = [];

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "p";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "snippet");
        output.Attributes.SetAttribute("data-test", "snippet");
        foreach (var part in Parts)
        {
            if (part.IsMatch)
                output.Content.AppendHtml("<mark>").Append(part.Text).AppendHtml("</mark>");
            else
                output.Content.Append(part.Text);
        }
    }
}
