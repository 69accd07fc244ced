using Microsoft.AspNetCore.DataProtection.Internal;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Accounts;

/// <summary>
/// The data-protection key manager of the stored keys, whose key ring each instance reads from the store again every
/// minute. ASP.NET keeps a key ring for up to a day and looks again for a key it does not know only in its first two
/// minutes. Instances that start together on a store without a key each make one; an instance that stored its key before
/// the other's would, without this, refuse the other's cookies and antiforgery tokens once those two minutes are over.
/// </summary>
public sealed class RereadKeyRing(XmlKeyManager keys, TimeSpan every) : IKeyManager
{
    /// <summary>How often every instance reads the key ring again: within the two minutes ASP.NET itself looks again.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    private CancellationTokenSource? _expiry;

    /// <summary>Makes the key manager of <paramref name="services"/> one that reads its key ring again every <paramref name="every"/>.</summary>
    public static IServiceCollection Use(IServiceCollection services, TimeSpan every) =>
        services.Replace(ServiceDescriptor.Singleton<IKeyManager>(provider => new RereadKeyRing(
            new XmlKeyManager(provider.GetRequiredService<IOptions<KeyManagementOptions>>(), provider.GetRequiredService<IActivator>(), provider.GetRequiredService<ILoggerFactory>()),
            every)));

    /// <summary>The key ring is built anew when a key is made or revoked here, as before, or once <c>every</c> has passed.</summary>
    public CancellationToken GetCacheExpirationToken()
    {
        var expiry = CancellationTokenSource.CreateLinkedTokenSource(keys.GetCacheExpirationToken());
        expiry.CancelAfter(every);
        // Asked once per key ring built: the ring the last token belonged to has just been replaced.
        Interlocked.Exchange(ref _expiry, expiry)?.Dispose();
        return expiry.Token;
    }

    public IKey CreateNewKey(DateTimeOffset activationDate, DateTimeOffset expirationDate) => keys.CreateNewKey(activationDate, expirationDate);

    public IReadOnlyCollection<IKey> GetAllKeys() => keys.GetAllKeys();

    public void RevokeAllKeys(DateTimeOffset revocationDate, string? reason = null) => keys.RevokeAllKeys(revocationDate, reason);

    public void RevokeKey(Guid keyId, string? reason = null) => keys.RevokeKey(keyId, reason);
}
