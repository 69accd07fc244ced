using System.Globalization;
using System.Text;
using Archive.Core.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>The seeds plus 51 short statements all delivered on 15 March 2023: more than one page of any list.</summary>
public sealed class CrowdedDayFactory : ArchiveWebFactory, IAsyncLifetime
{
    public const int Count = 51;

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<DocumentLoader>();
        for (var i = 1; i <= Count; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"""
                Statement by Mr. Test Speaker
                Permanent Representative of Testland to the United Nations

                15 March 2023

                Mr. President,

                This is statement number {i} of the day, long enough to be stored as a document.
                """);
            var result = await loader.ImportAsync(Encoding.UTF8.GetBytes(text), $"crowded-{i:D2}.txt", "test", CancellationToken.None);
            if (result.Status != ImportStatus.Imported)
                throw new InvalidOperationException($"Statement {i} was not imported: {result.Reason}");
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
