using System.Security.Cryptography;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import;

/// <summary>
/// Stores one file as a document: checks, parses and writes it in a single transaction, so a file is
/// either wholly in the archive or not at all, and a file already stored (same SHA-256) is skipped.
/// </summary>
public sealed class DocumentLoader(ArchiveDb db, IOptions<ArchiveOptions> options, TimeProvider clock, ILogger<DocumentLoader> logger)
{
    public async Task<ImportResult> ImportAsync(byte[] content, string fileName, string importedVia, CancellationToken ct)
    {
        var limit = options.Value.MaxFileBytes;
        if (content.LongLength > limit)
            return Refuse(fileName, TooLarge(content.LongLength, limit));

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var existing = await FindBySha256Async(sha256, ct);
        if (existing is not null)
            return Skip(fileName, existing);

        var text = SourceText.TryDecode(content, out var decodeError);
        if (text is null)
            return Refuse(fileName, decodeError!);

        var parsed = DocumentParser.Parse(text, fileName);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var document = await BuildAsync(parsed, sha256, ct);
            document.Original = new OriginalFile { FileName = Path.GetFileName(fileName), Sha256 = sha256, Length = content.LongLength, Content = content };
            document.ImportedVia = importedVia;
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Imported {FileName} as {Slug} ({Kind}, {Date}) with {SpeakerCount} speakers and {WarningCount} warnings",
                fileName, document.Slug, document.Kind, document.Date, document.Speakers.Count, parsed.Warnings.Count);
            return new ImportResult(fileName, ImportStatus.Imported, document.Slug, null, parsed.Warnings);
        }
        catch (DbUpdateException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            // Another import may have stored the same file between our check and our insert.
            if (await FindBySha256Async(sha256, CancellationToken.None) is { } raced)
                return Skip(fileName, raced);
            logger.LogError(ex, "Import of {FileName} failed; nothing was stored", fileName);
            return Refuse(fileName, $"The archive could not store it: {ex.GetBaseException().Message}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            logger.LogError(ex, "Import of {FileName} failed; nothing was stored", fileName);
            return Refuse(fileName, $"The archive could not store it: {ex.GetBaseException().Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<string?> FindBySha256Async(string sha256, CancellationToken ct) =>
        await db.OriginalFiles.Where(o => o.Sha256 == sha256)
            .Join(db.Documents, o => o.DocumentId, d => d.Id, (o, d) => d.Slug)
            .FirstOrDefaultAsync(ct);

    private ImportResult Skip(string fileName, string existingSlug)
    {
        logger.LogInformation("Skipped {FileName}: already stored as {Slug}", fileName, existingSlug);
        return new ImportResult(fileName, ImportStatus.Duplicate, existingSlug, $"Already in the archive as {existingSlug}.", []);
    }

    private ImportResult Refuse(string fileName, string reason)
    {
        logger.LogWarning("Refused {FileName}: {Reason}", fileName, reason);
        return ImportResult.Failed(fileName, reason);
    }

    internal static string TooLarge(long size, long limit) =>
        $"The file is {Megabytes(size)}, over the {Megabytes(limit)} limit for one document.";

    private static string Megabytes(long bytes) => $"{bytes / 1024d / 1024d:0.#} MB";

    private async Task<Document> BuildAsync(ParsedDocument parsed, string sha256, CancellationToken ct)
    {
        var document = new Document
        {
            Slug = DocumentSlug(parsed, sha256),
            Kind = parsed.Kind,
            Title = parsed.Title ?? "Untitled document",
            Date = parsed.Date,
            DeliveredOn = parsed.DeliveredOn,
            WrittenOn = parsed.WrittenOn,
            DistributedOn = parsed.DistributedOn,
            PublishedOn = parsed.PublishedOn,
            Event = parsed.Event,
            Author = parsed.Author,
            Country = parsed.Country,
            Addressee = parsed.Addressee,
            Place = parsed.Place,
            ReferenceNumber = parsed.ReferenceNumber,
            Symbol = parsed.Symbol,
            Language = parsed.Language,
            Source = parsed.Source,
            Body = parsed.Body,
            ImportedAt = clock.GetUtcNow(),
            ImportedVia = "",
            ImportWarnings = [.. parsed.Warnings.Select(w => $"{w.Field}: {w.Message}")],
        };

        var organs = new Dictionary<string, Organ>(StringComparer.Ordinal);
        foreach (var (parsedOrgan, position) in parsed.Organs.DistinctBy(o => o.Name).Select((o, i) => (o, i)))
        {
            var organ = await FindOrAddOrganAsync(parsedOrgan.Name, organs, ct);
            document.Organs.Add(new DocumentOrgan { Organ = organ, Session = parsedOrgan.Session, Position = position });
        }

        var seenSpeakers = new HashSet<Speaker>();
        foreach (var (parsedSpeaker, position) in parsed.Speakers.Select((s, i) => (s, i)))
        {
            var speaker = await FindOrAddSpeakerAsync(parsedSpeaker.Name, ct);
            if (!seenSpeakers.Add(speaker))
                continue;
            document.Speakers.Add(new DocumentSpeaker
            {
                Speaker = speaker,
                Role = parsedSpeaker.Role,
                SpellingUsed = parsedSpeaker.Name,
                Capacity = parsedSpeaker.Capacity,
                Position = position,
            });
        }

        var seenItems = new HashSet<AgendaItem>();
        foreach (var (parsedItem, position) in parsed.AgendaItems.Select((a, i) => (a, i)))
        {
            var item = await FindOrAddAgendaItemAsync(parsedItem, organs, ct);
            if (seenItems.Add(item))
                document.AgendaItems.Add(new DocumentAgendaItem { AgendaItem = item, Position = position });
        }

        document.CitedSymbols.AddRange(parsed.CitedSymbols.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => new CitedSymbol { Symbol = s }));
        document.CitedResolutions.AddRange(parsed.Resolutions.DistinctBy(r => (r.Number, r.Year, r.Organ))
            .Select(r => new CitedResolution { Number = r.Number, Year = r.Year, Organ = r.Organ }));
        return document;
    }

    /// <summary>
    /// "2017-09-06-statement-tofiq-f-musayev-1c78345f": readable, and the same after a rebuild from the same
    /// files because every part comes from the file's content.
    /// </summary>
    internal static string DocumentSlug(ParsedDocument parsed, string sha256)
    {
        var date = parsed.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "undated";
        var who = parsed.Speakers.FirstOrDefault()?.Name ?? parsed.Country ?? parsed.Author ?? "";
        var parts = new[] { date, Slugs.From(KindName(parsed.Kind)), Slugs.From(who, 40), sha256[..8] };
        return string.Join('-', parts.Where(p => p.Length > 0));
    }

    private static string KindName(DocumentKind kind) => kind == DocumentKind.Unknown ? "document" : DocumentKinds.Label(kind);

    private async Task<Organ> FindOrAddOrganAsync(string name, Dictionary<string, Organ> cache, CancellationToken ct)
    {
        if (cache.TryGetValue(name, out var cached))
            return cached;
        var organ = db.Organs.Local.FirstOrDefault(o => o.Name == name)
            ?? await db.Organs.FirstOrDefaultAsync(o => o.Name == name, ct);
        if (organ is null)
        {
            // The Security Council counts its years where the General Assembly counts sessions.
            var term = name == "Security Council" ? "year" : "session";
            organ = new Organ { Name = name, Slug = Slugs.From(name, 80), SessionTerm = term };
            db.Organs.Add(organ);
        }
        cache[name] = organ;
        return organ;
    }

    private async Task<Speaker> FindOrAddSpeakerAsync(string spelling, CancellationToken ct)
    {
        var key = PersonName.MatchKey(spelling);
        var surname = SurnameOf(key);
        var candidates = await db.SpeakerAliases.Where(a => a.SurnameKey == surname).ToListAsync(ct);
        var match = candidates.FirstOrDefault(a => a.MatchKey == key)
            ?? candidates.FirstOrDefault(a => PersonName.AreSamePerson(a.Spelling, spelling));
        if (match is not null)
        {
            var speaker = await db.Speakers.Include(s => s.Aliases).FirstAsync(s => s.Id == match.SpeakerId, ct);
            if (!speaker.Aliases.Any(a => a.Spelling == spelling))
                speaker.Aliases.Add(new SpeakerAlias { Spelling = spelling, MatchKey = key, SurnameKey = surname });
            return speaker;
        }

        var created = new Speaker { Name = spelling, Slug = await FreeSpeakerSlugAsync(spelling, ct) };
        created.Aliases.Add(new SpeakerAlias { Spelling = spelling, MatchKey = key, SurnameKey = surname });
        db.Speakers.Add(created);
        return created;
    }

    private static string SurnameOf(string matchKey) => matchKey.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? matchKey;

    // Two different people may share a name; the second gets "-2", and so on.
    private async Task<string> FreeSpeakerSlugAsync(string name, CancellationToken ct)
    {
        var stem = Slugs.From(name, 80);
        if (stem.Length == 0)
            stem = "speaker";
        var taken = await db.Speakers.Where(s => s.Slug == stem || s.Slug.StartsWith(stem + "-")).Select(s => s.Slug).ToListAsync(ct);
        taken.AddRange(db.Speakers.Local.Select(s => s.Slug));
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++)
            slug = $"{stem}-{n}";
        return slug;
    }

    private async Task<AgendaItem> FindOrAddAgendaItemAsync(ParsedAgendaItem parsed, Dictionary<string, Organ> organs, CancellationToken ct)
    {
        var organ = await FindOrAddOrganAsync(parsed.Organ, organs, ct);
        var item = organ.Id == 0
            ? null
            : await db.AgendaItems.FirstOrDefaultAsync(i => i.OrganId == organ.Id && i.Session == parsed.Session
                && i.Number == parsed.Number && i.SubItem == parsed.SubItem, ct);
        item ??= db.AgendaItems.Local.FirstOrDefault(i => i.Organ == organ && i.Session == parsed.Session
            && i.Number == parsed.Number && i.SubItem == parsed.SubItem);
        if (item is null)
        {
            item = new AgendaItem { Organ = organ, Session = parsed.Session, Number = parsed.Number, SubItem = parsed.SubItem, Title = parsed.Title };
            db.AgendaItems.Add(item);
        }
        else if (item.Title is null && parsed.Title is not null)
        {
            item.Title = parsed.Title;
        }
        return item;
    }
}
