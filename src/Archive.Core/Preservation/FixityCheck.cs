using System.Security.Cryptography;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Preservation;

/// <summary>
/// Re-reads what the archive promises to keep and compares it with what it recorded: each original file against its
/// stored SHA-256 and length (and the document key taken from that hash), each document's body against its latest
/// revision. Withdrawn documents are checked too: withdrawal hides, it does not discard.
/// </summary>
public sealed class FixityCheck(ArchiveDb db)
{
    public async Task<FixityReport> RunAsync(CancellationToken ct)
    {
        var problems = new List<FixityProblem>();
        var documents = await db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Select(d => new { d.Id, d.Slug, d.Key }).ToDictionaryAsync(d => d.Id, ct);
        var withOriginal = new HashSet<int>();
        var originals = 0;
        // One original at a time: together they can be far larger than memory.
        await foreach (var original in db.OriginalFiles.IgnoreQueryFilters().AsNoTracking()
            .Select(o => new { o.DocumentId, o.FileName, o.Sha256, o.Length, o.Content }).AsAsyncEnumerable().WithCancellation(ct))
        {
            originals++;
            withOriginal.Add(original.DocumentId);
            var slug = documents.TryGetValue(original.DocumentId, out var owner) ? owner.Slug : $"(document {original.DocumentId}, not in the store)";
            var hash = Convert.ToHexStringLower(SHA256.HashData(original.Content));
            if (hash != original.Sha256)
                problems.Add(new(slug, $"original {original.FileName} changed: its SHA-256 is {hash}, the stored one {original.Sha256}"));
            if (original.Content.LongLength != original.Length)
                problems.Add(new(slug, $"original {original.FileName} is {original.Content.LongLength} bytes, the stored length {original.Length}"));
            if (owner is not null && owner.Key != original.Sha256[..Math.Min(DocumentLoader.KeyLength, original.Sha256.Length)])
                problems.Add(new(slug, $"the document key {owner.Key} is not the start of its original's SHA-256 {original.Sha256}"));
        }
        foreach (var missing in documents.Values.Where(d => !withOriginal.Contains(d.Id)))
            problems.Add(new(missing.Slug, "the original file is missing"));

        var bodies = 0;
        var latest = db.Revisions.AsNoTracking().Where(r => r.Number == db.Revisions.Where(o => o.DocumentId == r.DocumentId).Max(o => o.Number));
        await foreach (var pair in db.Documents.IgnoreQueryFilters().AsNoTracking()
            .Join(latest, d => d.Id, r => r.DocumentId, (d, r) => new { d.Slug, d.Body, r.Number, r.Snapshot })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            bodies++;
            var saved = DocumentSnapshot.FromJson(pair.Snapshot).Body;
            if (Normal(saved) != Normal(pair.Body))
                problems.Add(new(pair.Slug, $"the body differs from revision {pair.Number}, the last one saved ({BodyHash(pair.Body)} against {BodyHash(saved)})"));
        }
        return new FixityReport(documents.Count, originals, bodies, problems);
    }

    // Revisions keep the body as the editor normalises it (line ends, surrounding space).
    private static string Normal(string body) => body.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    private static string BodyHash(string body) => "SHA-256 " + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Normal(body))))[..16];
}

/// <param name="Slug">The document concerned.</param>
/// <param name="What">What changed or went missing, in a sentence.</param>
public sealed record FixityProblem(string Slug, string What);

/// <param name="Bodies">Bodies compared with a revision (documents never edited have none to compare with).</param>
public sealed record FixityReport(int Documents, int Originals, int Bodies, IReadOnlyList<FixityProblem> Problems)
{
    public bool Intact => Problems.Count == 0;
}
