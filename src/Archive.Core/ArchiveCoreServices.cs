using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Core.Rendering;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Archive.Core;

public static class ArchiveCoreServices
{
    /// <summary>
    /// Registers the store (SQLite at <paramref name="connectionString"/>), the importer, the renderer and search.
    /// Options come from the "Archive" section and are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddArchiveCore(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.AddOptions<ArchiveOptions>()
            .Bind(configuration.GetSection(ArchiveOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDbContext<ArchiveDb>(options => ArchiveDbOptions.Configure(options, connectionString));
        services.AddScoped<DocumentLoader>();
        services.AddScoped<FolderImporter>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SearchService>();
        services.AddScoped<SearchIndex>();
        return services;
    }
}
