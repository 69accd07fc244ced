using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Audit;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// The audit entry a bulk import of an archive file writes when every file in it was stored or found stored already: the
/// archive's SHA-256 (the target), the profile and its sidecar, and which documents hold its files (their ids and a digest
/// of their originals' SHA-256). The same command again finds it after hashing the archive alone and reads nothing more,
/// but only while every one of those documents still holds its original: a document deleted since, or a store restored
/// under other ids, fails the check and the archive is read as on a first run.
/// </summary>
public static partial class ImportRecord
{
    public const string Action = "bulk import";

    // The audit log keeps 2,000 characters of detail; ids too scattered to write in them are not recorded.
    private const int MaxDetail = 2000;

    /// <summary>What identifies one import command: the archive's bytes, and the profile with what it reads.</summary>
    public sealed record Fingerprint(string Target, string Profile);

    /// <summary>An earlier import of the same archive whose documents are all still stored.</summary>
    public sealed record Earlier(DateTimeOffset At, int Files, int Documents);

    // "UNGDC_1946-2024.tar.xz; profile ungdc sidecar sha256 …; 10952 files; 10952 documents, originals sha256 …; ids 1-10952"
    [GeneratedRegex(@"^.*?; profile (?<profile>.+); (?<files>\d+) files; (?<documents>\d+) documents, originals sha256 (?<digest>[0-9a-f]{64}); ids (?<ids>\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DetailPattern();

    public static async Task<Fingerprint> FingerprintAsync(string path, IImportProfile? profile, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        return new Fingerprint("archive sha256 " + hash, profile is null ? "none" : $"{profile.Name} {profile.Fingerprint}");
    }

    /// <summary>The latest import of the archive <paramref name="fingerprint"/> names whose documents are all still stored, or null.</summary>
    public static async Task<Earlier?> FindAsync(ArchiveDb db, Fingerprint fingerprint, CancellationToken ct)
    {
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == Action && a.Target == fingerprint.Target && a.Outcome == AuditOutcome.Succeeded)
            .OrderByDescending(a => a.Id).Select(a => new { a.At, a.Detail }).Take(5).ToListAsync(ct);
        foreach (var entry in entries)
        {
            if (DetailPattern().Match(entry.Detail ?? "") is not { Success: true } match || match.Groups["profile"].Value != fingerprint.Profile)
                continue;
            var ranges = match.Groups["ids"].Value.Split(',').Select(r => r.Split('-'))
                .Select(r => (From: int.Parse(r[0], CultureInfo.InvariantCulture), To: int.Parse(r[^1], CultureInfo.InvariantCulture))).ToList();
            int min = ranges.Min(r => r.From), max = ranges.Max(r => r.To);
            var present = (await db.OriginalFiles.IgnoreQueryFilters().AsNoTracking().Where(o => o.DocumentId >= min && o.DocumentId <= max)
                    .Join(db.Documents.IgnoreQueryFilters(), o => o.DocumentId, d => d.Id, (o, d) => new { d.Id, o.Sha256 }).ToListAsync(ct))
                .Where(p => ranges.Any(r => p.Id >= r.From && p.Id <= r.To)).ToList();
            var documents = int.Parse(match.Groups["documents"].Value, CultureInfo.InvariantCulture);
            if (present.Select(p => p.Id).Distinct().Count() == documents && Digest(present.Select(p => p.Sha256)) == match.Groups["digest"].Value)
                return new Earlier(entry.At, int.Parse(match.Groups["files"].Value, CultureInfo.InvariantCulture), documents);
        }
        return null;
    }

    /// <summary>Records an import in which every file of the archive was stored or found stored: file SHA-256 → document id.</summary>
    public static async Task AddAsync(AuditLog audit, string user, string path, Fingerprint fingerprint, int files, IReadOnlyDictionary<string, int> documentsByHash,
        CancellationToken ct)
    {
        var ids = documentsByHash.Values.Distinct().Order().ToList();
        var head = $"{Path.GetFileName(path)}; profile {fingerprint.Profile}; {files} files; {ids.Count} documents";
        var detail = $"{head}, originals sha256 {Digest(documentsByHash.Keys)}; ids {Ranges(ids)}";
        if (detail.Length > MaxDetail || ids.Count == 0)
            detail = head + " (too scattered to be recognised by the archive's hash)";
        await audit.RecordAsync(user, Action, fingerprint.Target, AuditOutcome.Succeeded, detail, ct);
    }

    private static string Digest(IEnumerable<string> hashes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join('\n', hashes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))));

    // 1,2,3,7,9,10 → "1-3,7,9-10"
    private static string Ranges(IReadOnlyList<int> ids)
    {
        var text = new StringBuilder();
        for (var i = 0; i < ids.Count;)
        {
            var j = i;
            while (j + 1 < ids.Count && ids[j + 1] == ids[j] + 1)
                j++;
            text.Append(text.Length > 0 ? "," : "").Append(ids[i].ToString(CultureInfo.InvariantCulture));
            if (j > i)
                text.Append('-').Append(ids[j].ToString(CultureInfo.InvariantCulture));
            if (text.Length > MaxDetail)
                break;
            i = j + 1;
        }
        return text.ToString();
    }
}
