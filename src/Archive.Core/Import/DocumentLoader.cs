using System.Globalization;
using System.Security.Cryptography;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import.Formats;
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
    /// <summary>Hex digits of the SHA-256 that make a document's permanent key; 48 bits keep a million documents apart.</summary>
    public const int KeyLength = 12;

    /// <summary>Fewer words than this ("x", "Thank you.") is a fragment or a slip, not a statement.</summary>
    public const int MinimumWords = 10;

    /// <param name="fileName">The name shown in reports and logs; only its last part is stored with the original.</param>
    /// <param name="importedVia">How the file arrived ("command line", "seed at start-up"), kept with the document.</param>
    public Task<ImportResult> ImportAsync(byte[] content, string fileName, string importedVia, CancellationToken ct) =>
        ImportAsync(content, fileName, importedVia, draft: false, ct);

    /// <param name="draft">
    /// Store it as a draft, seen only by archivists until one publishes it (web uploads); otherwise it is public at once
    /// but waits in the review queue (command-line imports).
    /// </param>
    public async Task<ImportResult> ImportAsync(byte[] content, string fileName, string importedVia, bool draft, CancellationToken ct)
    {
        var limit = options.Value.MaxFileBytes;
        if (content.LongLength > limit)
            return Refuse(fileName, TooLarge(content.LongLength, limit));
        if (content.Length == 0)
            return Refuse(fileName, "The file is empty.");

        // The same bytes are the same document, whatever the format: say so before reading it at all.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await FindBySha256Async(sha256, ct) is { } existing)
            return Skip(fileName, existing);

        var (extraction, mediaType) = DocumentFormats.Extract(content, fileName);
        if (extraction.Text is not { } text)
            return Refuse(fileName, extraction.Error!);
        var words = text.Split((char[]?)null, MinimumWords + 1, StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < MinimumWords)
            return Refuse(fileName, $"The file holds {words} word{(words == 1 ? "" : "s")}, too little text to be a document.");

        var parsed = DocumentParser.Parse(text, fileName);
        if (parsed.Warnings.FirstOrDefault(w => w.Field == "parser") is { } crash)
            return Refuse(fileName, crash.Message);

        var original = new OriginalFile
        {
            FileName = Path.GetFileName(fileName), Sha256 = sha256, Length = content.LongLength, Content = content,
            MediaType = mediaType, ExtractedText = text,
        };
        // A second attempt covers a concurrent import that created the same organ, speaker or agenda item first.
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryStoreAsync(parsed, original, fileName, importedVia, draft, ct);
            if (outcome is not null)
                return outcome;
            if (await FindBySha256Async(sha256, ct) is { } raced)
                return Skip(fileName, raced);
            if (attempt == 2)
                return Refuse(fileName, "The archive could not store it: another import kept changing the same records. Try again.");
        }
    }

    /// <returns>The result, or null when a unique index refused the insert and the caller should look again.</returns>
    private async Task<ImportResult?> TryStoreAsync(ParsedDocument parsed, OriginalFile original, string fileName, string importedVia, bool draft, CancellationToken ct)
    {
        var sha256 = original.Sha256;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var warnings = parsed.Warnings.ToList();
            var document = await BuildAsync(parsed, sha256, warnings, ct);
            document.Original = new OriginalFile
            {
                FileName = original.FileName, Sha256 = sha256, Length = original.Length, Content = original.Content,
                MediaType = original.MediaType, ExtractedText = original.ExtractedText,
            };
            document.ImportedVia = importedVia;
            document.IsDraft = draft;
            db.Documents.Add(document);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Imported {FileName} as {Slug} ({MediaType}, {Kind}, {Date}, {Visibility}) with {SpeakerCount} speakers and {WarningCount} warnings",
                fileName, document.Slug, original.MediaType, document.Kind, document.Date, draft ? "draft" : "public", document.Speakers.Count, warnings.Count);
            return new ImportResult(fileName, ImportStatus.Imported, document.Slug, null, warnings);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            await transaction.RollbackAsync(CancellationToken.None);
            logger.LogInformation("Import of {FileName} met a concurrent change; looking again", fileName);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            logger.LogError(ex, "Import of {FileName} failed; nothing was stored", fileName);
            return ImportResult.Failed(fileName, StoreFile.IsFull(ex) ? StoreFile.FullMessage : $"The archive could not store it: {ex.GetBaseException().Message}");
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static bool IsUniqueViolation(DbUpdateException ex) => StoreErrors.IsUniqueViolation(ex);

    /// <summary>True when a document (public, draft or withdrawn) already holds exactly these bytes.</summary>
    public async Task<bool> IsStoredAsync(byte[] content, CancellationToken ct) =>
        await FindBySha256Async(Convert.ToHexStringLower(SHA256.HashData(content)), ct) is not null;

    private async Task<StoredCopy?> FindBySha256Async(string sha256, CancellationToken ct) =>
        // A withdrawn document still owns its file: uploading it again is a duplicate, not a second copy.
        await db.OriginalFiles.IgnoreQueryFilters().Where(o => o.Sha256 == sha256)
            .Join(db.Documents.IgnoreQueryFilters(), o => o.DocumentId, d => d.Id, (o, d) => new StoredCopy(d.Slug, d.Title, d.IsDraft))
            .FirstOrDefaultAsync(ct);

    private sealed record StoredCopy(string Slug, string? Title, bool IsDraft);

    private ImportResult Skip(string fileName, StoredCopy existing)
    {
        logger.LogInformation("Skipped {FileName}: already stored as {Slug}", fileName, existing.Slug);
        var name = existing.Title is null ? existing.Slug : $"“{existing.Title}”";
        var draft = existing.IsDraft ? " (a draft not yet published)" : "";
        return new ImportResult(fileName, ImportStatus.Duplicate, existing.Slug, $"Already in the archive as {name}{draft}; nothing was stored.", [])
        {
            ExistingTitle = existing.Title ?? "Untitled document",
            ExistingIsDraft = existing.IsDraft,
        };
    }

    /// <summary>Reports a file the archive will not take, with one log line saying why.</summary>
    public ImportResult Refuse(string fileName, string reason)
    {
        logger.LogWarning("Refused {FileName}: {Reason}", fileName, reason);
        return ImportResult.Failed(fileName, reason);
    }

    // The exact sizes too: rounded, 10 MB and one byte would read "10 MB, over the 10 MB limit".
    public static string TooLarge(long size, long limit) =>
        $"The file is {Readable(size)}{InBytes(size)}, over the {Readable(limit)} limit{InBytes(limit)} for one document.";

    private static string InBytes(long bytes) => bytes < 1024 ? "" : string.Create(CultureInfo.InvariantCulture, $" ({bytes:N0} bytes)");

    private static string Readable(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => $"{bytes} bytes",
    };

    private async Task<Document> BuildAsync(ParsedDocument parsed, string sha256, List<ImportWarning> warnings, CancellationToken ct)
    {
        var document = new Document
        {
            Key = sha256[..KeyLength],
            Slug = DocumentSlug(parsed, sha256),
            Kind = parsed.Kind,
            Title = parsed.Title,
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
        };

        var organs = new Dictionary<string, Organ>(StringComparer.Ordinal);
        foreach (var (parsedOrgan, position) in parsed.Organs.DistinctBy(o => o.Name).Select((o, i) => (o, i)))
        {
            var organ = await FindOrAddOrganAsync(parsedOrgan.Name, organs, ct);
            document.Organs.Add(new DocumentOrgan { Organ = organ, Session = parsedOrgan.Session, Position = position });
        }

        foreach (var (parsedSpeaker, position) in parsed.Speakers.Select((s, i) => (s, i)))
        {
            var speaker = await FindOrAddSpeakerAsync(parsedSpeaker.Name, parsed.Country, parsed.Date, warnings, ct);
            // The same person as speaker and signatory is one link, the first one read.
            if (document.Speakers.Any(s => s.Speaker == speaker))
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

        foreach (var (parsedItem, position) in parsed.AgendaItems.Select((a, i) => (a, i)))
        {
            var item = await FindOrAddAgendaItemAsync(parsedItem, organs, ct);
            if (!document.AgendaItems.Any(a => a.AgendaItem == item))
                document.AgendaItems.Add(new DocumentAgendaItem { AgendaItem = item, Position = position });
        }

        document.CitedSymbols.AddRange(parsed.CitedSymbols.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => new CitedSymbol { Symbol = s }));
        document.CitedResolutions.AddRange(parsed.Resolutions.DistinctBy(r => (r.Number, r.Year, r.Organ))
            .Select(r => new CitedResolution { Number = r.Number, Year = r.Year, Organ = r.Organ }));
        document.ImportWarnings = [.. warnings.Select(w => $"{w.Field}: {w.Message}")];
        return document;
    }

    /// <summary>
    /// "2017-09-06-statement-tofiq-f-musayev-ebc4974a1b2c": words for the reader, then the key. Only the key is
    /// needed to find the document again, so links keep working if the words change.
    /// </summary>
    internal static string DocumentSlug(ParsedDocument parsed, string sha256)
    {
        var date = parsed.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var who = parsed.Speakers.FirstOrDefault()?.Name ?? parsed.Country ?? parsed.Author ?? "";
        var kind = parsed.Kind == DocumentKind.Unknown ? "document" : DocumentKinds.Label(parsed.Kind);
        var parts = new[] { date, Slugs.From(kind), Slugs.From(who, 40), sha256[..KeyLength] };
        return string.Join('-', parts.Where(p => p.Length > 0));
    }

    /// <summary>The key at the end of a permalink, whatever words come before it; null when there is none.</summary>
    public static string? KeyOf(string slug)
    {
        var key = slug.Length >= KeyLength ? slug[^KeyLength..] : "";
        var separated = slug.Length == KeyLength || (slug.Length > KeyLength && slug[^(KeyLength + 1)] == '-');
        // A key copied in capitals still finds its document; the page then redirects to the canonical link.
        return separated && key.All(char.IsAsciiHexDigit) ? key.ToLowerInvariant() : null;
    }

    private async Task<Organ> FindOrAddOrganAsync(string name, Dictionary<string, Organ> cache, CancellationToken ct)
    {
        if (cache.TryGetValue(name, out var cached))
            return cached;
        var organ = await db.Organs.FirstOrDefaultAsync(o => o.Name == name, ct);
        if (organ is null)
        {
            organ = new Organ { Name = name, Slug = Slugs.From(name, 80), SessionTerm = OrganNames.SessionTerm(name) };
            db.Organs.Add(organ);
        }
        cache[name] = organ;
        return organ;
    }

    /// <summary>
    /// The person this spelling names: one already met in this import, else one in the store with the same folded
    /// name, else the single stored person whose name is a known variant of it (noted in the warnings), else a new one.
    /// A surname alone ("Aliyev said") names a known person only when exactly one fits the document's country and
    /// period (<see cref="SpeakerRecords.FittingSurnameAsync"/>); otherwise it stays a name of its own, with a warning.
    /// </summary>
    private async Task<Speaker> FindOrAddSpeakerAsync(string spelling, string? country, DateOnly? date, List<ImportWarning> warnings, CancellationToken ct)
    {
        var key = PersonName.MatchKey(spelling);
        var surname = SpeakerRecords.SurnameOf(key);
        if (SpeakerRecords.IsSurnameOnly(key))
        {
            var fitting = await SpeakerRecords.FittingSurnameAsync(db, surname, country, date, ct);
            if (fitting.Count == 1)
            {
                var person = await db.Speakers.Include(s => s.Aliases).FirstAsync(s => s.Id == fitting[0], ct);
                warnings.Add(new ImportWarning("speaker", $"\"{spelling}\" was taken as {person.Name}, the one person of that surname from {country} at that time in the archive."));
                return person;
            }
            warnings.Add(new ImportWarning("speaker", fitting.Count == 0
                ? $"\"{spelling}\" is a surname only and no known person of that name fits this document's country and date; kept as a name."
                : $"\"{spelling}\" is a surname only and {fitting.Count} known people fit this document's country and date; kept as a name."));
        }
        var pending = db.ChangeTracker.Entries<Speaker>().Select(e => e.Entity)
            .FirstOrDefault(s => s.Aliases.Any(a => a.MatchKey == key || PersonName.AreSamePerson(a.Spelling, spelling)));
        if (pending is not null)
            return pending;

        var candidates = await db.SpeakerAliases.Where(a => a.SurnameKey == surname).ToListAsync(ct);
        var exact = candidates.FirstOrDefault(a => a.MatchKey == key);
        var variants = candidates.Where(a => PersonName.AreSamePerson(a.Spelling, spelling)).Select(a => a.SpeakerId).Distinct().ToList();
        var speakerId = exact?.SpeakerId ?? (variants.Count == 1 ? variants[0] : (int?)null);
        if (speakerId is int id)
        {
            var speaker = await db.Speakers.Include(s => s.Aliases).FirstAsync(s => s.Id == id, ct);
            if (!speaker.Aliases.Any(a => a.Spelling == spelling))
            {
                speaker.Aliases.Add(new SpeakerAlias { Spelling = spelling, MatchKey = key, SurnameKey = surname });
                if (exact is null)
                    warnings.Add(new ImportWarning("speaker", $"\"{spelling}\" was taken as another spelling of {speaker.Name}, already in the archive."));
            }
            return speaker;
        }
        if (variants.Count > 1)
            warnings.Add(new ImportWarning("speaker", $"\"{spelling}\" could be any of {variants.Count} people in the archive; stored as a new person."));

        var created = new Speaker { Name = spelling, Slug = await SpeakerRecords.FreeSlugAsync(db, spelling, ct) };
        created.Aliases.Add(new SpeakerAlias { Spelling = spelling, MatchKey = key, SurnameKey = surname });
        db.Speakers.Add(created);
        return created;
    }

    private async Task<AgendaItem> FindOrAddAgendaItemAsync(ParsedAgendaItem parsed, Dictionary<string, Organ> organs, CancellationToken ct)
    {
        var organ = await FindOrAddOrganAsync(parsed.Organ, organs, ct);
        var item = db.AgendaItems.Local.FirstOrDefault(i => i.Organ == organ && i.Session == parsed.Session
            && i.Number == parsed.Number && i.SubItem == parsed.SubItem);
        if (item is null && organ.Id != 0)
        {
            item = await db.AgendaItems.FirstOrDefaultAsync(i => i.OrganId == organ.Id && i.Session == parsed.Session
                && i.Number == parsed.Number && i.SubItem == parsed.SubItem, ct);
        }
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
