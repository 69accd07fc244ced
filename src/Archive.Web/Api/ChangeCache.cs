using Archive.Core.Data;
using Archive.Core.Reading;

namespace Archive.Web.Api;

/// <summary>
/// The list of every document's last change, which OAI-PMH and the sitemap read whole, kept between requests while
/// <see cref="DocumentChanges.ChangeSignalAsync"/> stays the same: reading it anew walks every stored body, since the
/// timestamps sit after the body in each row.
/// </summary>
public sealed class ChangeCache
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Signal, IReadOnlyList<DocumentChange> Changes)? _current;

    public async Task<IReadOnlyList<DocumentChange>> GetAsync(ArchiveDb db, CancellationToken ct)
    {
        var signal = await db.ChangeSignalAsync(ct);
        if (_current is { } hit && hit.Signal == signal)
            return hit.Changes;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.Signal == signal)
                return again.Changes;
            var changes = await db.AllChangesAsync(ct);
            _current = (signal, changes);
            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }
}
