namespace Archive.Core.Import.Bulk;

/// <summary>One data row of a sidecar, cells by column name as written (untrimmed).</summary>
public sealed record SidecarRow(int Line, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : "";
}
