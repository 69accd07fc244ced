using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Archive.Web.TagHelpers;

/// <summary><c>&lt;time-of date="…"&gt;</c> renders a machine-readable <c>&lt;time&gt;</c> reading "6 September 2017", or "undated".</summary>
[HtmlTargetElement("time-of", TagStructure = TagStructure.NormalOrSelfClosing)]
public sealed class TimeOfTagHelper : TagHelper
{
    public DateOnly? Date { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Date is not { } date)
        {
            output.TagName = "span";
            output.Attributes.SetAttribute("class", "undated");
            output.Content.SetContent("undated");
            return;
        }
        output.TagName = "time";
        output.Attributes.SetAttribute("datetime", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Content.SetContent(date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
    }
}
