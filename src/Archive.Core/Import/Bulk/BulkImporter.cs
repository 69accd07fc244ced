using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Threading.Channels;
using Archive.Core.Audit;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Import.Formats;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Import.Bulk;

/// <summary>
/// Imports a whole folder or tar(.xz) archive: read on one thread, parsed on every core through bounded channels (so
/// memory holds a few batches, whatever the corpus's size), stored in batches of <see cref="BulkImportSettings.BatchSize"/>
/// documents, each one transaction. A killed run leaves whole batches, and running it again stores only what is missing:
/// duplicates are found by SHA-256 against one read of the stored hashes, before any parsing. Originals are kept byte for
/// byte; each file's result is reported (imported, duplicate, failed with the reason), as by <see cref="FolderImporter"/>.
/// </summary>
public sealed class BulkImporter(ArchiveDb db, Search.Engine.SearchEngine search, AuditLog audit, IOptions<ArchiveOptions> options, TimeProvider clock,
    ILogger<BulkImporter> logger)
{
    private sealed record Prepared(string Path, ImportResult? Result, string Sha256, byte[]? Content, string? Text, string? MediaType,
        ParsedDocument? Parsed, FileMetadata? Metadata, int ExistingId = 0);

    private sealed record StoredCopy(int Id, string Slug, string? Title, bool IsDraft);

    private BulkCatalog _catalog = null!;

    // Each stored file's SHA-256 with its document, for the record of an archive imported whole.
    private readonly Dictionary<string, int> _documentsOfRun = new(StringComparer.Ordinal);

    public async Task<BulkImportOutcome> ImportAsync(string path, IImportProfile? profile, BulkImportSettings settings, Action<BulkProgress>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        // An archive file imported whole before, by the same profile and sidecar, with all its documents still stored, is
        // recognised by its SHA-256 alone: reading it again would find every file a duplicate.
        var fingerprint = BulkSource.IsArchive(path) && File.Exists(path) ? await ImportRecord.FingerprintAsync(path, profile, ct) : null;
        if (fingerprint is not null && await ImportRecord.FindAsync(db, fingerprint, ct) is { } earlier)
        {
            var started = watch.Elapsed;
            var caughtUp = await MakeSearchableAsync(storedSome: false, ct);
            logger.LogInformation("Bulk import of {Path}: imported whole on {At} and unchanged since ({Files} files); nothing was read", path, earlier.At, earlier.Files);
            return new BulkImportOutcome([], [], [], false, watch.Elapsed, TimeSpan.Zero, watch.Elapsed - started, caughtUp) { ImportedBefore = earlier };
        }
        var source = new BulkSource(path, options.Value.MaxFileBytes);
        // One read of every stored hash: a re-run then skips each file without a query of its own.
        var stored = (await db.OriginalFiles.IgnoreQueryFilters()
                .Join(db.Documents.IgnoreQueryFilters(), o => o.DocumentId, d => d.Id, (o, d) => new { o.Sha256, d.Id, d.Slug, d.Title, d.IsDraft })
                .ToListAsync(ct))
            .GroupBy(o => o.Sha256).ToDictionary(g => g.Key, g => new StoredCopy(g.First().Id, g.First().Slug, g.First().Title, g.First().IsDraft), StringComparer.Ordinal);
        _documentsOfRun.Clear();
        _catalog = await BulkCatalog.LoadAsync(db, ct);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var raw = Channel.CreateBounded<BulkEntry>(new BoundedChannelOptions(64) { SingleWriter = true });
        var prepared = Channel.CreateBounded<Prepared>(new BoundedChannelOptions(Math.Max(16, settings.BatchSize)) { SingleReader = true });
        var reader = Task.Run(() => source.ReadAsync(raw.Writer, stop.Token), stop.Token);
        var workerCount = settings.ParseWorkers > 0 ? settings.ParseWorkers : Environment.ProcessorCount;
        var workers = Enumerable.Range(0, workerCount).Select(_ => Task.Run(async () =>
        {
            await foreach (var entry in raw.Reader.ReadAllAsync(stop.Token))
                await prepared.Writer.WriteAsync(Prepare(entry, stored, profile), stop.Token);
        }, stop.Token)).ToArray();
        var parsing = Task.WhenAll(workers).ContinueWith(t => prepared.Writer.Complete(t.Exception?.GetBaseException()), TaskScheduler.Default);

        var results = new List<ImportResult>();
        var counts = new int[3];
        var inRun = new Dictionary<string, string>(StringComparer.Ordinal);
        var batch = new List<Prepared>(settings.BatchSize);
        var storeTime = TimeSpan.Zero;
        var interrupted = false;
        var readAll = false;
        TimeSpan? lastBatchAt = null;
        // Each stored batch is indexed while the next is parsed and stored: a catch-up of the committed outbox, on a context
        // of its own, so the index never sees a batch that rolled back and its position stays the store's.
        var indexing = Task.FromResult(0);
        var indexedDuringRun = 0;
        void IndexStored()
        {
            if (!indexing.IsCompleted)
                return;
            indexedDuringRun += indexing.Result;
            indexing = Task.Run(() => IndexCommittedAsync(stop.Token), CancellationToken.None);
        }
        string? sourceError = null;
        void Report(ImportResult result, bool tell)
        {
            results.Add(result);
            counts[(int)result.Status]++;
            if (tell)
                Tell();
        }
        void Tell() => progress?.Invoke(new BulkProgress(results.Count, counts[0], counts[1], counts[2], source.Fraction(results.Count),
            source.FilesTotal, watch.Elapsed));

        try
        {
            await foreach (var item in prepared.Reader.ReadAllAsync(stop.Token))
            {
                if (item.Result is { } done)
                {
                    if (done.Status == ImportStatus.Duplicate)
                        _documentsOfRun[item.Sha256] = item.ExistingId;
                    Report(done, tell: done.Status == ImportStatus.Failed);
                    continue;
                }
                if (inRun.TryGetValue(item.Sha256, out var first))
                {
                    Report(new ImportResult(item.Path, ImportStatus.Duplicate, null, $"The same bytes as {first}, earlier in this import; nothing was stored.", []), tell: false);
                    continue;
                }
                inRun[item.Sha256] = item.Path;
                batch.Add(item);
                if (batch.Count >= settings.BatchSize)
                {
                    storeTime += await StoreAsync(batch, settings, r => Report(r, tell: false), stop.Token);
                    batch.Clear();
                    IndexStored();
                    Tell();
                }
            }
            if (batch.Count > 0)
            {
                storeTime += await StoreAsync(batch, settings, r => Report(r, tell: false), stop.Token);
                Tell();
            }
            await Task.WhenAll(parsing, reader);
            readAll = true;
            lastBatchAt = watch.Elapsed;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            interrupted = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && !StoreErrors.IsStoreError(ex))
        {
            // A damaged archive or an unreadable folder ends the reading; what was stored stays, and the report says where it stopped.
            logger.LogError(ex, "Bulk import of {Path} stopped: the source could not be read further", path);
            sourceError = $"The source could not be read further after {results.Count} files: {ex.GetBaseException().Message}";
        }
        finally
        {
            if (!readAll)
                await stop.CancelAsync();
            await Task.WhenAll(workers.Append(reader).Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));
            // A catch-up still running finishes (or stops at the cancellation); what it did not apply, the one below applies.
            indexedDuringRun += await indexing.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : 0, TaskScheduler.Default);
        }

        var seen = results.Select(r => r.FileName).ToList();
        var join = profile?.JoinReport(seen) ?? [];
        TimeSpan searchable = TimeSpan.Zero;
        int? indexed = null;
        if (!interrupted)
        {
            var started = lastBatchAt ?? watch.Elapsed;
            indexed = await MakeSearchableAsync(counts[0] > 0, ct) is int rest ? rest + indexedDuringRun : indexedDuringRun > 0 ? indexedDuringRun : null;
            searchable = watch.Elapsed - started;
            if (fingerprint is not null && sourceError is null && counts[2] == 0)
                await ImportRecord.AddAsync(audit, settings.ImportedVia, path, fingerprint, results.Count, _documentsOfRun, ct);
        }
        logger.LogInformation("Bulk import of {Path}: {Imported} imported, {Duplicates} duplicates, {Failed} failed in {Seconds:0.0} s (store {StoreSeconds:0.0} s, search {SearchSeconds:0.0} s)",
            path, counts[0], counts[1], counts[2], watch.Elapsed.TotalSeconds, storeTime.TotalSeconds, searchable.TotalSeconds);
        results.Sort((a, b) => StringComparer.Ordinal.Compare(a.FileName, b.FileName));
        return new BulkImportOutcome(results, join, source.LeftOut, interrupted, watch.Elapsed, storeTime, searchable, indexed) { SourceError = sourceError };
    }

    /// <summary>
    /// The one place a bulk import makes its documents searchable, after its last batch: the outbox rows its batches wrote
    /// (and a killed run's) are applied to the index on all cores, or left to the web app when it holds the index. Returns the
    /// documents indexed, or null when another process indexes them or the index could not be written (it catches up later).
    /// </summary>
    private async Task<int?> MakeSearchableAsync(bool storedSome, CancellationToken ct)
    {
        try
        {
            var applied = await search.CatchUpAsync(db, ct);
            return applied < 0 || (!storedSome && applied == 0) ? null : applied;
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "The search index could not be brought up to date now; it applies the import when the archive next starts or searches");
            return null;
        }
    }

    // One catch-up of what the batches committed so far; a failure here is left to the catch-up after the last batch.
    private async Task<int> IndexCommittedAsync(CancellationToken ct)
    {
        try
        {
            await using var own = new ArchiveDb(ArchiveDbOptions.For(db.Database.GetConnectionString()!));
            return Math.Max(0, await search.CatchUpAsync(own, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Indexing the stored batches failed for now; the import applies them after its last batch");
            return 0;
        }
    }

    private Prepared Prepare(BulkEntry entry, IReadOnlyDictionary<string, StoredCopy> stored, IImportProfile? profile)
    {
        var name = entry.Path;
        try
        {
            if (entry.Content is not { } content)
                return Failed(name, entry.Refusal ?? "The file could not be read.");
            var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
            if (stored.TryGetValue(sha256, out var existing))
                return new Prepared(name, Skip(name, existing), sha256, null, null, null, null, null, existing.Id);
            var (extraction, mediaType) = DocumentFormats.Extract(content, name);
            if (extraction.Text is not { } text)
                return Failed(name, extraction.Error!);
            var words = CountWords(text, DocumentLoader.MinimumWords);
            if (words < DocumentLoader.MinimumWords)
                return Failed(name, $"The file holds {words} word{(words == 1 ? "" : "s")}, too little text to be a document.");
            var parsed = DocumentParser.Parse(text, name);
            if (parsed.Warnings.FirstOrDefault(w => w.Field == "parser") is { } crash)
                return Failed(name, crash.Message);
            return new Prepared(name, null, sha256, content, text, mediaType, parsed, profile?.MetadataFor(name) ?? new FileMetadata());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Bulk import of {FileName} failed unexpectedly", name);
            return Failed(name, $"The import failed: {ex.GetBaseException().Message}");
        }
    }

    // The words separated by white space, up to atMost: as many as Split would give without copying the rest of the text.
    private static int CountWords(string text, int atMost)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
                inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (++words >= atMost)
                    break;
            }
        }
        return words;
    }

    private static Prepared Failed(string name, string reason) => new(name, ImportResult.Failed(name, reason), "", null, null, null, null, null);

    private static ImportResult Skip(string name, StoredCopy existing)
    {
        var shown = existing.Title is null ? existing.Slug : $"“{existing.Title}”";
        var draft = existing.IsDraft ? " (a draft not yet published)" : "";
        return new ImportResult(name, ImportStatus.Duplicate, existing.Slug, $"Already in the archive as {shown}{draft}; nothing was stored.", [])
        {
            ExistingTitle = existing.Title ?? "Untitled document",
            ExistingIsDraft = existing.IsDraft,
        };
    }

    // One transaction for the batch. If it fails, the batch is tried again file by file, so one bad file costs only itself.
    private async Task<TimeSpan> StoreAsync(List<Prepared> batch, BulkImportSettings settings, Action<ImportResult> report, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        if (await TryStoreAsync(batch, settings, report, ct) is not { } failure)
            return watch.Elapsed;
        logger.LogWarning(failure, "A batch of {Count} documents was not stored; storing them one by one", batch.Count);
        // The catalog may hold records the rollback took away: read it again before every new try.
        _catalog = await BulkCatalog.LoadAsync(db, ct);
        foreach (var item in batch)
        {
            var error = batch.Count == 1 ? failure : await TryStoreAsync([item], settings, report, ct);
            if (error is null)
                continue;
            logger.LogError(error, "Bulk import of {FileName} failed; nothing was stored", item.Path);
            report(ImportResult.Failed(item.Path, StoreFile.IsFull(error) ? StoreFile.FullMessage : $"The archive could not store it: {error.GetBaseException().Message}"));
            _catalog = await BulkCatalog.LoadAsync(db, ct);
        }
        return watch.Elapsed;
    }

    /// <returns>Null when the batch was stored and reported; else the exception that rolled it back.</returns>
    private async Task<Exception?> TryStoreAsync(List<Prepared> batch, BulkImportSettings settings, Action<ImportResult> report, CancellationToken ct)
    {
        var documents = new List<(Prepared Item, Document Document, List<ImportWarning> Warnings)>(batch.Count);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var importedAt = clock.GetUtcNow();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var item in batch)
            {
                var (document, warnings) = Build(item, _catalog, importedAt, settings.ImportedVia);
                db.Documents.Add(document);
                documents.Add((item, document, warnings));
            }
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            return ex;
        }
        finally
        {
            // Speakers stay in the catalog for later batches; their fixed-up links would keep this batch's bodies alive.
            foreach (var speaker in db.ChangeTracker.Entries<Speaker>().Select(e => e.Entity).ToList())
                speaker.Documents = [];
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        foreach (var (item, document, warnings) in documents)
        {
            _documentsOfRun[item.Sha256] = document.Id;
            report(new ImportResult(item.Path, ImportStatus.Imported, document.Slug, null, warnings));
        }
        return null;
    }

    private (Document, List<ImportWarning>) Build(Prepared item, BulkCatalog catalog, DateTimeOffset importedAt, string importedVia)
    {
        var parsed = item.Parsed!;
        var meta = item.Metadata!;
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        if (meta.Kind is not null) overridden.Add("kind");
        if (meta.Title is not null) overridden.Add("title");
        if (meta.Year is not null) overridden.Add("date");
        if (meta.Organ is not null) overridden.UnionWith(["organ", "session"]);
        if (meta.Country is not null) overridden.Add("country");
        if (meta.Speakers.Count > 0) overridden.Add("speaker");
        var warnings = parsed.Warnings.Where(w => !overridden.Contains(w.Field)).Concat(meta.Notes).ToList();

        var kind = meta.Kind ?? parsed.Kind;
        var country = meta.Country ?? parsed.Country;
        DateOnly? date = meta.Year is int year ? new DateOnly(year, 1, 1) : parsed.Date;
        var speakers = meta.Speakers.Count > 0
            ? meta.Speakers.Select(s => new ParsedSpeaker(PersonName.StripHonorifics(s.Name), s.Post, SpeakerCapacity.Speaker)).Where(s => s.Name.Length > 0).ToList()
            : [.. parsed.Speakers];
        var key = item.Sha256[..DocumentLoader.KeyLength];
        var document = new Document
        {
            Key = key,
            Slug = Slug(meta.Year?.ToString(CultureInfo.InvariantCulture) ?? date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated",
                kind, speakers.FirstOrDefault()?.Name ?? country ?? parsed.Author ?? "", key),
            Kind = kind,
            Title = meta.Title ?? parsed.Title,
            Date = date,
            DeliveredOn = meta.Year is null ? parsed.DeliveredOn : null,
            WrittenOn = meta.Year is null ? parsed.WrittenOn : null,
            DistributedOn = meta.Year is null ? parsed.DistributedOn : null,
            PublishedOn = meta.Year is null ? parsed.PublishedOn : null,
            Event = meta.Event ?? parsed.Event,
            Author = parsed.Author,
            Country = country,
            Addressee = parsed.Addressee,
            Place = parsed.Place,
            ReferenceNumber = parsed.ReferenceNumber,
            Symbol = parsed.Symbol,
            Language = parsed.Language,
            Source = parsed.Source,
            Body = parsed.Body,
            ImportedAt = importedAt,
            ImportedVia = importedVia,
            Original = new OriginalFile
            {
                FileName = item.Path.Split('/')[^1], Sha256 = item.Sha256, Length = item.Content!.LongLength, Content = item.Content,
                MediaType = item.MediaType!, ExtractedText = OriginalFile.KeepsExtractedText(item.MediaType!) ? item.Text : null,
            },
        };

        var organs = meta.Organ is { } organName ? [new ParsedOrgan(organName, meta.Session)] : parsed.Organs.DistinctBy(o => o.Name).ToList();
        foreach (var (parsedOrgan, position) in organs.Select((o, i) => (o, i)))
        {
            var organ = catalog.OrganFor(db, parsedOrgan.Name);
            var link = new DocumentOrgan { Session = parsedOrgan.Session, Position = position };
            if (organ.Id != 0) link.OrganId = organ.Id; else link.Organ = organ;
            document.Organs.Add(link);
        }
        var linked = new HashSet<Speaker>();
        foreach (var (parsedSpeaker, position) in speakers.Select((s, i) => (s, i)))
        {
            var speaker = catalog.SpeakerFor(db, parsedSpeaker.Name, country, warnings, fromSidecar: meta.Speakers.Count > 0);
            if (!linked.Add(speaker))
                continue;
            var link = new DocumentSpeaker { Role = parsedSpeaker.Role, SpellingUsed = parsedSpeaker.Name, Capacity = parsedSpeaker.Capacity, Position = position };
            if (speaker.Id != 0) link.SpeakerId = speaker.Id; else link.Speaker = speaker;
            document.Speakers.Add(link);
        }
        var items = new HashSet<AgendaItem>();
        foreach (var (parsedItem, position) in parsed.AgendaItems.Select((a, i) => (a, i)))
        {
            var agendaItem = catalog.AgendaItemFor(db, parsedItem);
            if (!items.Add(agendaItem))
                continue;
            var link = new DocumentAgendaItem { Position = position };
            if (agendaItem.Id != 0) link.AgendaItemId = agendaItem.Id; else link.AgendaItem = agendaItem;
            document.AgendaItems.Add(link);
        }
        document.CitedSymbols.AddRange(parsed.CitedSymbols.Distinct(StringComparer.OrdinalIgnoreCase).Select(s => new CitedSymbol { Symbol = s }));
        document.CitedResolutions.AddRange(parsed.Resolutions.DistinctBy(r => (r.Number, r.Year, r.Organ))
            .Select(r => new CitedResolution { Number = r.Number, Year = r.Year, Organ = r.Organ }));
        document.ImportWarnings = [.. warnings.Select(w => $"{w.Field}: {w.Message}")];
        return (document, warnings);
    }

    // "1946-statement-andrei-gromyko-35a262ef99f2": the year alone when only the year is known, then as the loader's slugs.
    private static string Slug(string date, DocumentKind kind, string who, string key)
    {
        var label = kind == DocumentKind.Unknown ? "document" : DocumentKinds.Label(kind);
        return string.Join('-', new[] { date, Slugs.From(label), Slugs.From(who, 40), key }.Where(p => p.Length > 0));
    }
}
