using Archive.Core;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.KeyManagement.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Scaling;

/// <summary>
/// Two instances that started together on a store without a key each made one. Each reads the key ring from the store
/// again, so the one that stored its key first learns the other's without a restart and without waiting a day.
/// </summary>
public class RereadKeyRingTests
{
    [Fact]
    public async Task Key_another_instance_made_joins_this_instance_key_ring_once_it_reads_the_store_again()
    {
        var folder = Directory.CreateTempSubdirectory("archive-key-ring-").FullName;
        var store = await TestStore.CreateAsync(folder);
        try
        {
            await using (var db = new ArchiveDb(ArchiveDbOptions.For(store)))
                await ArchiveMigrations.ApplyAsync(db, CancellationToken.None);
            await using var first = Instance(store);
            await using var second = Instance(store);
            var ring = first.GetRequiredService<IKeyRingProvider>();
            var firstKey = ring.GetCurrentKeyRing().DefaultKeyId;

            // The second found the store empty at the same moment and made a key of its own, which it now protects with.
            var secondKey = second.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90)).KeyId;
            var cookie = second.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Protect("archivist");
            Assert.NotEqual(firstKey, secondKey);
            Assert.Equal(secondKey, second.GetRequiredService<IKeyRingProvider>().GetCurrentKeyRing().DefaultKeyId);

            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!Knows(ring, secondKey) && DateTime.UtcNow < deadline)
                await Task.Delay(50);

            Assert.True(Knows(ring, secondKey), "the first instance's key ring never took in the key the second made");
            Assert.Equal("archivist", first.GetRequiredService<IDataProtectionProvider>().CreateProtector("cookie").Unprotect(cookie));
        }
        finally
        {
            await TestStore.DropAsync(store);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Archive_identity_reads_its_key_ring_from_the_store_again()
    {
        var services = new ServiceCollection().AddLogging().AddArchiveCore(new ConfigurationBuilder().Build(), "Data Source=unused.db");
        services.AddArchiveIdentity();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<RereadKeyRing>(provider.GetRequiredService<IKeyManager>());
    }

    private static bool Knows(IKeyRingProvider ring, Guid key) => ring.GetCurrentKeyRing().GetAuthenticatedEncryptorByKeyId(key, out _) is not null;

    /// <summary>One instance's data protection on the store, reading its key ring again every 200 ms rather than every minute.</summary>
    private static ServiceProvider Instance(string store)
    {
        var services = new ServiceCollection().AddLogging().AddArchiveCore(new ConfigurationBuilder().Build(), store);
        services.AddArchiveIdentity();
        RereadKeyRing.Use(services, TimeSpan.FromMilliseconds(200));
        return services.BuildServiceProvider();
    }
}
