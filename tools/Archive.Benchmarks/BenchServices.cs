using Archive.Core;
using Archive.Core.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Archive.Benchmarks;

/// <summary>
/// Core's services as a host registers them (<see cref="ArchiveCoreServices.AddArchiveCore"/>), so the benchmark builds and
/// searches with whatever the search service and the index need, whichever engine stands behind them.
/// </summary>
internal static class BenchServices
{
    public static ServiceProvider For(string databaseFile)
    {
        // The benchmark times every query to its end: no search deadline.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Archive:SearchDeadlineSeconds", "600")]).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddArchiveCore(configuration, ArchiveDbOptions.ForFile(databaseFile));
        return services.BuildServiceProvider();
    }
}
