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
    public static async Task<IReadOnlyList<string>> DifferencesAsync(ArchiveDb expected, ArchiveDb actual, int limit, CancellationToken ct)
    {
        var differences = new List<string>();
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
                for (var i = 0; i < columns.Count; i++)
                {
                    if (!Same(left.Current[i], right.Current[i]))
                        differences.Add($"{table} row {row} ({Key(columns, left.Current)}): {columns[i].Name} is {Show(left.Current[i])} and {Show(right.Current[i])}");
                }
                if (differences.Count >= limit)
                    return differences;
            }
        }
        return differences;
    }

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
