using System.Text;

namespace Archive.Core.Import.Bulk;

/// <summary>A sidecar metadata file: CSV (RFC 4180) with a header row, values unchanged (quoted cells may hold line breaks).</summary>
public sealed class SidecarCsv
{
    private SidecarCsv(IReadOnlyList<string> header, IReadOnlyList<SidecarRow> rows) => (Header, Rows) = (header, rows);

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<SidecarRow> Rows { get; }

    /// <summary>The SHA-256 of the file's bytes (of the text's UTF-8 when parsed from text), lower-case hex.</summary>
    public string Sha256 { get; private set; } = "";

    public static SidecarCsv Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        using var text = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        return ParseText(text.ReadToEnd(), bytes);
    }

    /// <summary>Parses CSV text; a row's <see cref="SidecarRow.Line"/> is the line it starts on, counting the header as line 1.</summary>
    public static SidecarCsv Parse(string text) => ParseText(text, Encoding.UTF8.GetBytes(text));

    private static SidecarCsv ParseText(string text, byte[] bytes)
    {
        var csv = Records(text);
        csv.Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        return csv;
    }

    private static SidecarCsv Records(string text)
    {
        var records = new List<(int Line, List<string> Cells)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                        line++;
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    i++;
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add((start, cells));
                cells = [];
                line++;
                start = line;
            }
            else
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add((start, cells));
        }
        records.RemoveAll(r => r.Cells is [""]);
        if (records.Count == 0)
            return new SidecarCsv([], []);
        var header = records[0].Cells.Select(h => h.Trim()).ToList();
        var rows = records.Skip(1).Select(r => new SidecarRow(r.Line, header
                .Select((name, n) => (name, value: n < r.Cells.Count ? r.Cells[n] : ""))
                .ToDictionary(p => p.name, p => p.value, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        return new SidecarCsv(header, rows);
    }
}
