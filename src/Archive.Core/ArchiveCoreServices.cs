using Archive.Core.Accounts;
using Archive.Core.Audit;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Core.Rendering;
using Archive.Core.Search;
using Archive.Core.Transfer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
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
        services.AddScoped<Import.Bulk.BulkImporter>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<SearchService>();
        services.AddSingleton(provider => Search.Engine.SearchEngine.For(
            Search.Engine.SearchEngine.PathFor(connectionString, provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ArchiveOptions>>().Value.SearchIndexPath),
            Microsoft.Extensions.Logging.LoggerFactoryExtensions.CreateLogger<Search.Engine.SearchEngine>(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>())));
        services.AddScoped<AuditLog>();
        services.AddScoped<SpeakerDirectory>();
        services.AddScoped<DocumentEditor>();
        services.AddScoped<SpeakerMerger>();
        services.AddScoped<AgendaItemEditor>();
        services.AddScoped<Intake>();
        services.AddScoped<Administrators>();
        services.AddScoped<Preservation.FixityCheck>();
        services.AddScoped<Preservation.StoreBackup>();
        services.AddScoped<ArchiveDump>();
        services.AddScoped<ArchiveRestore>();
        return services;
    }

    /// <summary>
    /// Identity on the archive's store: users, roles, hashed passwords, lockout after five failed sign-ins, and
    /// data-protection keys kept in the store and read from it again every minute, so every instance and restart reads the
    /// same cookies.
    /// </summary>
    public static IdentityBuilder AddArchiveIdentity(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Statements Archive");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((options, scopes) => options.XmlRepository = new StoredKeyRepository(scopes));
        RereadKeyRing.Use(services, RereadKeyRing.Every);
        return services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ArchiveDb>()
            .AddDefaultTokenProviders();
    }
}
