using Archive.Core.Search.Engine;
using System.Security.Cryptography;
using System.Text.Json;
using Archive.Core.Data;
using Archive.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Transfer;

/// <summary>
/// Reads a folder written by <see cref="ArchiveDump"/> into an empty, migrated archive, in one transaction: a damaged or
/// foreign dump leaves the archive as empty as it was. Ids are kept, so every link and permalink resolves as before.
/// </summary>
public sealed class ArchiveRestore(ArchiveDb db, SearchEngine search, ILogger<ArchiveRestore> logger)
{
    private const int Batch = 500;

    public async Task<long> ReadAsync(string folder, CancellationToken ct)
    {
        var manifest = await ManifestAsync(folder, ct);
        var types = ModelTables.InInsertOrder(db.Model);
        foreach (var type in types)
        {
            if (await ModelTables.CountAsync(db, type, ct) > 0)
                throw new TransferException($"The archive is not empty ({type.GetTableName()} has rows); restore only into a new archive.");
        }
        var byTable = types.ToDictionary(t => t.GetTableName()!, StringComparer.Ordinal);
        foreach (var table in manifest.Tables)
        {
            if (!byTable.TryGetValue(table.Table, out var type))
                throw new TransferException($"The dump has a table {table.Table} this archive does not know; restore it with the version that made it.");
            foreach (var column in table.Columns.Where(c => type.FindProperty(c.Property) is null))
                throw new TransferException($"The dump's {table.Table} has a column {column.Property} this archive does not know.");
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        long total = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            // The dump lists tables in the order its model inserted them; this archive's own order decides here.
            foreach (var type in types)
            {
                if (manifest.Tables.FirstOrDefault(t => t.Table == type.GetTableName()) is not { } table)
                    continue;
                var rows = await ReadTableAsync(folder, type, table, ct);
                if (rows != table.Rows)
                    throw new TransferException($"{table.File} holds {rows} rows; the manifest says {table.Rows}.");
                total += rows;
                logger.LogInformation("Restored {Rows} rows of {Table}", rows, table.Table);
            }
            if (db.Database.IsNpgsql())
                await MoveSequencesPastRestoredIdsAsync(types, ct);
            await transaction.CommitAsync(ct);
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        // The index is built once from what was restored, not row by row.
        await search.RebuildAsync(db, ct);
        return total;
    }

    private static async Task<DumpManifest> ManifestAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, DumpLayout.ManifestFile);
        if (!File.Exists(path))
            throw new TransferException($"{folder} holds no {DumpLayout.ManifestFile}: it is not an archive dump.");
        DumpManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<DumpManifest>(stream, DumpLayout.Manifest, ct);
        }
        catch (JsonException ex)
        {
            throw new TransferException($"{DumpLayout.ManifestFile} cannot be read: {ex.Message}");
        }
        if (manifest is null || manifest.Format != DumpLayout.Format)
            throw new TransferException($"{DumpLayout.ManifestFile} is not a {DumpLayout.Format} manifest.");
        if (manifest.Version > DumpLayout.Version)
            throw new TransferException($"The dump is layout version {manifest.Version}; this archive reads up to version {DumpLayout.Version}.");
        return manifest;
    }

    private async Task<long> ReadTableAsync(string folder, IEntityType type, DumpTable table, CancellationToken ct)
    {
        var path = Path.Combine(folder, table.File);
        if (!File.Exists(path))
            throw new TransferException($"The dump lacks {table.File}.");
        var blobs = table.Columns.Where(c => c.Blob).Select(c => c.Property).ToHashSet(StringComparer.Ordinal);
        long rows = 0;
        using var reader = new StreamReader(path);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
                continue;
            rows++;
            Add(folder, type, blobs, line, table.File, rows);
            if (rows % Batch == 0)
                await SaveAsync(ct);
        }
        await SaveAsync(ct);
        return rows;
    }

    private void Add(string folder, IEntityType type, HashSet<string> blobs, string line, string file, long number)
    {
        var entity = Activator.CreateInstance(type.ClrType)!;
        var entry = db.Entry(entity);
        var shadow = new List<(string Name, object? Value)>();
        try
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in json.RootElement.EnumerateObject())
            {
                var property = type.FindProperty(field.Name)
                    ?? throw new TransferException($"{file} line {number}: {field.Name} is not a column of {type.GetTableName()}.");
                var value = blobs.Contains(field.Name) && field.Value.ValueKind == JsonValueKind.String
                    ? Blob(folder, field.Value.GetString()!)
                    : field.Value.Deserialize(property.ClrType, DumpLayout.Json);
                // PostgreSQL keeps instants in UTC and refuses others; the instant itself is unchanged.
                if (value is DateTimeOffset { Offset.Ticks: not 0 } instant && db.Database.IsNpgsql())
                    value = instant.ToUniversalTime();
                if (property.IsShadowProperty())
                    shadow.Add((field.Name, value));
                else
                    entry.Property(field.Name).CurrentValue = value;
            }
        }
        catch (JsonException ex)
        {
            throw new TransferException($"{file} line {number} cannot be read: {ex.Message}");
        }
        entry.State = EntityState.Added;
        foreach (var (name, value) in shadow)
            entry.Property(name).CurrentValue = value;
    }

    private static byte[] Blob(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!name.StartsWith(DumpLayout.BlobsFolder + "/", StringComparison.Ordinal) || name.Contains("..", StringComparison.Ordinal) || !File.Exists(path))
            throw new TransferException($"The dump lacks the file {name}.");
        var bytes = File.ReadAllBytes(path);
        if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != Path.GetFileName(name))
            throw new TransferException($"{name} does not hold the bytes it is named for: the dump is damaged.");
        return bytes;
    }

    /// <summary>
    /// Rows came with their ids, which PostgreSQL's identity sequences did not hand out: each sequence moves past the highest
    /// restored id, or the next row added would collide with a restored one. (SQLite takes the next id from the rows.)
    /// </summary>
    private async Task MoveSequencesPastRestoredIdsAsync(IReadOnlyList<IEntityType> types, CancellationToken ct)
    {
        foreach (var type in types)
        {
            if (type.FindPrimaryKey() is not { Properties: [{ ValueGenerated: ValueGenerated.OnAdd } key] } || key.ClrType != typeof(int) && key.ClrType != typeof(long))
                continue;
            var table = type.GetTableName()!;
            var column = key.GetColumnName();
            // Names come from the model, not from the dump.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), coalesce((SELECT max(\"{column}\") FROM \"{table}\"), 0) + 1, false)", ct);
#pragma warning restore EF1002
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
