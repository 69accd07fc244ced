using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Transfer;

/// <summary>
/// Writes the whole archive to a folder in <see cref="DumpLayout"/>: every table of the model, withdrawn documents,
/// users, merges and the audit log included, row by row so memory stays flat however large the archive.
/// </summary>
public sealed class ArchiveDump(ArchiveDb db, TimeProvider clock, ILogger<ArchiveDump> logger)
{
    /// <summary>Refuses a folder that already holds files, so an old dump is never half overwritten.</summary>
    public async Task<DumpManifest> WriteAsync(string folder, CancellationToken ct)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new TransferException($"The folder {folder} is not empty; dump into a new or empty folder.");
        Directory.CreateDirectory(Path.Combine(folder, DumpLayout.TablesFolder));
        Directory.CreateDirectory(Path.Combine(folder, DumpLayout.BlobsFolder));

        var tables = new List<DumpTable>();
        foreach (var type in ModelTables.InInsertOrder(db.Model))
        {
            var columns = ModelTables.Columns(type);
            var table = type.GetTableName()!;
            var file = DumpLayout.TablesFolder + "/" + table + ".jsonl";
            long rows = 0;
            await using (var stream = File.Create(Path.Combine(folder, file)))
            await using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false }))
            {
                await foreach (var values in ModelTables.ReadAsync(db, type, ct))
                {
                    writer.WriteStartObject();
                    for (var i = 0; i < columns.Count; i++)
                    {
                        writer.WritePropertyName(columns[i].Name);
                        if (values[i] is byte[] bytes)
                            writer.WriteStringValue(await WriteBlobAsync(folder, bytes, ct));
                        else
                            JsonSerializer.Serialize(writer, values[i], columns[i].ClrType, DumpLayout.Json);
                    }
                    writer.WriteEndObject();
                    await writer.FlushAsync(ct);
                    stream.WriteByte((byte)'\n');
                    writer.Reset();  // one JSON value per line: the writer starts afresh on each
                    rows++;
                }
            }
            tables.Add(new DumpTable(table, type.ClrType.FullName!, file, rows,
                [.. columns.Select(c => new DumpColumn(c.Name, c.GetColumnName(), TypeName(c.ClrType), c.ClrType == typeof(byte[])))]));
            logger.LogInformation("Dumped {Rows} rows of {Table}", rows, table);
        }
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
        var manifest = new DumpManifest(DumpLayout.Format, DumpLayout.Version, clock.GetUtcNow(), migration, tables);
        await File.WriteAllTextAsync(Path.Combine(folder, DumpLayout.ManifestFile),
            JsonSerializer.Serialize(manifest, DumpLayout.Manifest) + "\n", Encoding.UTF8, ct);
        return manifest;
    }

    // Named by content, so two tables holding the same bytes share one file, and a reader can check every byte.
    private static async Task<string> WriteBlobAsync(string folder, byte[] bytes, CancellationToken ct)
    {
        var name = DumpLayout.BlobsFolder + "/" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
            await File.WriteAllBytesAsync(path, bytes, ct);
        return name;
    }

    private static string TypeName(Type type) =>
        Nullable.GetUnderlyingType(type) is { } inner ? TypeName(inner) + "?" : type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "<" + string.Join(",", type.GetGenericArguments().Select(TypeName)) + ">"
            : type.Name;
}
