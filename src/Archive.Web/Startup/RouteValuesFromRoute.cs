using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Archive.Web.Startup;

/// <summary>
/// A handler parameter or bound property named like a route value ({slug}) is read from the route only. Model binding
/// looks at the form first, so a posted field "slug" would otherwise pick the document a curation page changes.
/// </summary>
public sealed partial class RouteValuesFromRoute : IPageApplicationModelConvention
{
    public void Apply(PageApplicationModel model)
    {
        var names = RouteParameter().Matches(model.ActionDescriptor.AttributeRouteInfo?.Template ?? "")
            .Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
            return;
        foreach (var parameter in model.HandlerMethods.SelectMany(h => h.Parameters).Where(p => names.Contains(p.ParameterName)))
            FromRoute(parameter.BindingInfo ??= new BindingInfo());
        // Only properties that are bound at all ([BindProperty]); the others stay unbound.
        foreach (var property in model.HandlerProperties.Where(p => p.BindingInfo is not null && names.Contains(p.PropertyName)))
            FromRoute(property.BindingInfo!);
    }

    private static void FromRoute(BindingInfo binding) => binding.BindingSource = BindingSource.Path;

    [GeneratedRegex(@"\{\**(?<name>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();
}
