using System.Collections;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Transfer;

/// <summary>
/// Compares two archives table by table, row by row and property by property over the EF model (binary values byte for
/// byte, lists item by item), with query filters off. An empty answer means the two hold the same.
/// </summary>
public static class ArchiveComparison
{
    public static async Task<IReadOnlyList<string>> DifferencesAsync(ArchiveDb expected, ArchiveDb actual, int limit, CancellationToken ct) =>
        (await CompareAsync(expected, actual, InstantPrecision.Exact, limit, ct)).Differences;

    /// <summary>
    /// Like <see cref="DifferencesAsync"/>, and counts the rows compared. With <see cref="InstantPrecision.Microsecond"/> two
    /// instants are the same when they are less than a microsecond apart, whatever their offsets: PostgreSQL keeps instants in
    /// UTC to the microsecond, SQLite keeps the offset and 100-nanosecond ticks. Instants that differ only so are counted.
    /// </summary>
    public static async Task<ArchiveComparisonResult> CompareAsync(ArchiveDb expected, ArchiveDb actual, InstantPrecision precision, int limit, CancellationToken ct)
    {
        var differences = new List<string>();
        long rows = 0, rounded = 0;
        foreach (var type in ModelTables.InInsertOrder(expected.Model))
        {
            var columns = ModelTables.Columns(type);
            var table = type.GetTableName();
            await using var left = ModelTables.ReadAsync(expected, type, ct).GetAsyncEnumerator(ct);
            await using var right = ModelTables.ReadAsync(actual, actual.Model.FindEntityType(type.Name)!, ct).GetAsyncEnumerator(ct);
            for (var row = 1L; ; row++)
            {
                var (hasLeft, hasRight) = (await left.MoveNextAsync(), await right.MoveNextAsync());
                if (!hasLeft && !hasRight)
                    break;
                if (hasLeft != hasRight)
                {
                    differences.Add($"{table}: row {row} is only in the {(hasLeft ? "first" : "second")} archive");
                    break;
                }
                rows++;
                for (var i = 0; i < columns.Count; i++)
                {
                    var (a, b) = (left.Current[i], right.Current[i]);
                    if (Same(a, b))
                        continue;
                    if (precision == InstantPrecision.Microsecond && SameMicrosecond(a, b))
                        rounded++;
                    else
                        differences.Add($"{table} row {row} ({Key(columns, left.Current)}): {columns[i].Name} is {Show(a)} and {Show(b)}");
                }
                if (differences.Count >= limit)
                    return new ArchiveComparisonResult(rows, differences, rounded);
            }
        }
        return new ArchiveComparisonResult(rows, differences, rounded);
    }

    private static bool SameMicrosecond(object? a, object? b) => (a, b) switch
    {
        (DateTimeOffset x, DateTimeOffset y) => Math.Abs(x.UtcTicks - y.UtcTicks) < TimeSpan.TicksPerMicrosecond,
        (DateTime x, DateTime y) => Math.Abs(x.Ticks - y.Ticks) < TimeSpan.TicksPerMicrosecond,
        _ => false,
    };

    private static string Key(IReadOnlyList<Microsoft.EntityFrameworkCore.Metadata.IProperty> columns, object?[] values) =>
        string.Join(",", columns.Select((c, i) => (c, i)).Where(x => x.c.IsPrimaryKey()).Select(x => x.c.Name + "=" + values[x.i]));

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (byte[] x, byte[] y) => x.AsSpan().SequenceEqual(y),
        (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
        (DateTimeOffset x, DateTimeOffset y) => x.Equals(y) && x.Offset == y.Offset,
        (IEnumerable x, IEnumerable y) => x.Cast<object?>().SequenceEqual(y.Cast<object?>()),
        _ => a.Equals(b),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        byte[] bytes => $"{bytes.Length} bytes",
        string text => "\"" + (text.Length > 60 ? text[..60] + "…" : text) + "\"",
        _ => value.ToString() ?? "",
    };
}
