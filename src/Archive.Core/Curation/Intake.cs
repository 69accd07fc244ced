using System.Text.RegularExpressions;
using Archive.Core.Audit;
using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Core.Import.Formats;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Curation;

/// <summary>
/// Adds uploaded or pasted documents through the importer, each in its own transaction, and audits each. Before storing
/// it looks for a near-duplicate (same speaker, same date, near-identical text) and holds the file back unless the
/// archivist confirms; an exact duplicate (same SHA-256) is never stored twice.
/// </summary>
public sealed partial class Intake(ArchiveDb db, DocumentLoader loader, AuditLog audit, ILogger<Intake> logger)
{
    /// <summary>Word 5-gram overlap at or above which two texts are the same statement (a retyped copy, a stray line).</summary>
    public const double NearIdentical = 0.9;

    /// <summary>Stores the file as a draft for review, unless it is already in the archive or looks like a document that is.</summary>
    public async Task<IntakeResult> AddAsync(byte[] content, string fileName, bool storeNearDuplicate, string user, CancellationToken ct)
    {
        string? nearDuplicate = null;
        // The exact duplicate is the loader's to report (at once, before any reading); the near one needs the text parsed.
        if (!storeNearDuplicate && !await loader.IsStoredAsync(content, ct)
            && DocumentFormats.Extract(content, fileName).Result.Text is { } text)
        {
            nearDuplicate = await FindNearDuplicateAsync(DocumentParser.Parse(text, fileName), ct);
        }
        if (nearDuplicate is not null)
        {
            logger.LogInformation("Held back {FileName}: it looks like {Slug}", fileName, nearDuplicate);
            await audit.RecordAsync(user, "add", fileName, AuditOutcome.Refused, $"Near-duplicate of {nearDuplicate}", ct);
            return new IntakeResult(new ImportResult(fileName, ImportStatus.Duplicate, nearDuplicate,
                "Same speaker, same date and nearly the same text as a document already in the archive; not stored.", []), NearDuplicate: true);
        }

        var result = await loader.ImportAsync(content, fileName, "web upload", draft: true, ct);
        var outcome = result.Status == ImportStatus.Imported ? AuditOutcome.Succeeded : AuditOutcome.Refused;
        await audit.RecordAsync(user, "add", result.Slug ?? fileName, outcome, result.Reason ?? $"{fileName}, stored as a draft", ct);
        return new IntakeResult(result, NearDuplicate: false);
    }

    /// <summary>The slug of a stored document (withdrawn ones included) by the same speaker on the same date with nearly the same text.</summary>
    public async Task<string?> FindNearDuplicateAsync(ParsedDocument parsed, CancellationToken ct)
    {
        if (parsed.Date is not { } date || parsed.Speakers.Count == 0)
            return null;
        var keys = parsed.Speakers.Select(s => PersonName.MatchKey(s.Name)).Where(k => k.Length > 0).ToList();
        var surnames = keys.Select(SpeakerDirectory.SurnameOf).ToList();
        var speakerIds = (await db.SpeakerAliases.Where(a => surnames.Contains(a.SurnameKey)).ToListAsync(ct))
            .Where(a => keys.Contains(a.MatchKey) || parsed.Speakers.Any(s => PersonName.AreSamePerson(s.Name, a.Spelling)))
            .Select(a => a.SpeakerId).Distinct().ToList();
        if (speakerIds.Count == 0)
            return null;
        var candidates = await db.Documents.IgnoreQueryFilters()
            .Where(d => d.Date == date && d.Speakers.Any(s => speakerIds.Contains(s.SpeakerId)))
            .Select(d => new { d.Slug, d.Body }).Take(20).ToListAsync(ct);
        var shingles = Shingles(parsed.Body);
        return candidates.FirstOrDefault(c => Similarity(shingles, Shingles(c.Body)) >= NearIdentical)?.Slug;
    }

    internal static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
            return 1;
        var common = a.Count(b.Contains);
        return common / (double)(a.Count + b.Count - common);
    }

    internal static HashSet<string> Shingles(string text)
    {
        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        if (words.Count < 5)
            return [.. words];
        return [.. Enumerable.Range(0, words.Count - 4).Select(i => string.Join(' ', words.Skip(i).Take(5)))];
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Words();
}

/// <param name="NearDuplicate">Held back as a near-duplicate of <see cref="ImportResult.Slug"/>; the archivist may store it anyway.</param>
public sealed record IntakeResult(ImportResult Import, bool NearDuplicate);
