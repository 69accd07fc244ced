using Archive.Web.Api;
using Archive.Web.Discovery;
using Archive.Web.Exports;
using Archive.Web.Feeds;
using Archive.Web.Oai;

namespace Archive.Web.Startup;

/// <summary>Everything the archive offers programs rather than people: API, OAI-PMH, feeds, exports, sitemap (docs/interoperability.md).</summary>
public static class MachineInterfaces
{
    public static void AddMachineInterfaces(this WebApplicationBuilder builder)
    {
        builder.AddArchiveApi();
        builder.AddArchiveOai();
    }

    public static void MapMachineInterfaces(this WebApplication app)
    {
        app.MapArchiveApi();
        app.MapArchiveOai();
        app.MapArchiveFeeds();
        app.MapArchiveExports();
        app.MapArchiveDiscovery();
    }
}
