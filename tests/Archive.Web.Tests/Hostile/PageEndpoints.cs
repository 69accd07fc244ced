using System.Reflection;
using System.Text.RegularExpressions;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hostile;

/// <summary>Every page the app maps, found from its endpoints, with whether its model has a POST handler.</summary>
public sealed record PageEndpoint(string Route, Type Model)
{
    public bool TakesPosts => Model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
        .Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));

    public bool ForStaff => Route.StartsWith("/curate", StringComparison.Ordinal) || Route.StartsWith("/admin", StringComparison.Ordinal)
        || Route.StartsWith("/account/password", StringComparison.Ordinal) || Route.StartsWith("/account/signout", StringComparison.Ordinal);

    /// <summary>The route with each parameter replaced by <paramref name="value"/>, or a real slug when none is given.</summary>
    public string Fill(string slug, string? value = null) =>
        Regex.Replace(Route, @"\{\*{0,2}(\w+)[^}]*\}", m => value ?? (m.Groups[1].Value == "slug" ? slug : "1"));

    public static IReadOnlyList<PageEndpoint> All(IServiceProvider services)
    {
        var assembly = typeof(Archive.Web.Pages.IndexModel).Assembly;
        return [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => new PageEndpoint("/" + e.RoutePattern.RawText!.TrimStart('/'),
                assembly.GetType("Archive.Web.Pages" + e.Metadata.GetMetadata<PageActionDescriptor>()!.ViewEnginePath.Replace('/', '.') + "Model")!))];
    }

    public static async Task<string> FirstSlugAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync();
    }
}
