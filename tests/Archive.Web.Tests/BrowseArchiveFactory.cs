using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>
/// The seeds plus four documents from the importer's test set, for what the seeds do not exercise: an undated
/// statement, a second document in November 2019, the GUAM agenda item again under another number in the 76th
/// session, and a letter of December 2020 that is withdrawn (so browsing must not count it).
/// </summary>
public sealed class BrowseArchiveFactory : ArchiveWebFactory, IAsyncLifetime
{
    public const string Withdrawn = "letter_agenda_68b.txt";

    private static readonly string[] Extra = ["undated_statement.txt", "third_committee_eov.txt", "identical_letters.txt", Withdrawn];

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var loader = scope.ServiceProvider.GetRequiredService<DocumentLoader>();
        foreach (var name in Extra)
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "tests", "Archive.Core.Tests", "Documents", name));
            var result = await loader.ImportAsync(bytes, name, "test", CancellationToken.None);
            if (result.Status != ImportStatus.Imported)
                throw new InvalidOperationException($"{name} was not imported: {result.Reason}");
        }
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        await db.Documents.Where(d => d.Original!.FileName == Withdrawn)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.WithdrawnAt, DateTimeOffset.UtcNow));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
