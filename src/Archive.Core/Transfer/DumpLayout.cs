using System.Text.Json;
using System.Text.Json.Serialization;

namespace Archive.Core.Transfer;

/// <summary>
/// The dump folder's layout, version 1 (docs/dump-format.md): <c>manifest.json</c>, one <c>tables/&lt;table&gt;.jsonl</c>
/// per table with one JSON object per row keyed by property name, and every binary value (the originals) as a file
/// <c>blobs/&lt;sha256&gt;</c> holding its bytes exactly, named in the row as <c>"blobs/&lt;sha256&gt;"</c>.
/// </summary>
public static class DumpLayout
{
    public const string Format = "statements-archive-dump";
    public const int Version = 1;
    public const string ManifestFile = "manifest.json";
    public const string TablesFolder = "tables";
    public const string BlobsFolder = "blobs";

    public static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    public static readonly JsonSerializerOptions Manifest = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}

/// <summary>What <c>manifest.json</c> says: the format and its version, when and from which schema it was made, and each table.</summary>
public sealed record DumpManifest(string Format, int Version, DateTimeOffset CreatedAt, string? Migration, IReadOnlyList<DumpTable> Tables);

/// <summary>One table: the entity it maps, its file, how many rows, each property with its CLR type, and which hold blobs.</summary>
public sealed record DumpTable(string Table, string Entity, string File, long Rows, IReadOnlyList<DumpColumn> Columns);

public sealed record DumpColumn(string Property, string Column, string Type, bool Blob);
