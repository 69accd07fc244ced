using System.Security.Cryptography;
using Archive.Core.Data;
using Archive.Core.Search;
using Archive.Core.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Archive.Core.Tests.Search;

/// <summary>The five seeds imported once into a temporary archive, shared by the read-only search tests of a class.</summary>
public sealed class SeedArchive : IAsyncLifetime
{
    public TempArchive Archive { get; private set; } = null!;

    /// <summary>Seed number ("000") by document key (first 12 hex digits of the file's SHA-256).</summary>
    public IReadOnlyDictionary<string, string> SeedByKey { get; } = Repository.SeedFiles.ToDictionary(
        f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f)))[..12], f => Path.GetFileName(f)[..3]);

    public async Task InitializeAsync()
    {
        Archive = await TempArchive.CreateAsync();
        await Archive.ImportSeedsAsync();
    }

    public async Task DisposeAsync() => await Archive.DisposeAsync();

    public static SearchService Service(ArchiveDb db) =>
        new(db, global::Archive.Core.Search.Engine.SearchEngine.ForStore(db), Microsoft.Extensions.Options.Options.Create(new global::Archive.Core.ArchiveOptions()), NullLogger<SearchService>.Instance);

    public async Task<SearchResult> SearchAsync(SearchRequest request)
    {
        await using var db = Archive.OpenDb();
        return await Service(db).SearchAsync(request, CancellationToken.None);
    }

    /// <summary>The seed numbers found, in result order.</summary>
    public async Task<IReadOnlyList<string>> FindAsync(string query, SearchSort sort = SearchSort.Relevance)
    {
        var result = await SearchAsync(new SearchRequest(query, sort));
        Assert.Empty(result.Errors);
        return result.Hits.Select(h => SeedByKey[h.Slug[^12..]]).ToList();
    }
}
