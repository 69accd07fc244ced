namespace Archive.Core.Curation;

/// <summary>A line diff by longest common subsequence, with two lines of context around each change.</summary>
public static class TextDiff
{
    private const int Context = 2;

    // Beyond this many cells the table would take too long; the diff then shows the old text removed and the new added.
    private const long MaxCells = 4_000_000;

    public static IReadOnlyList<DiffLine> Lines(string before, string after)
    {
        var a = Split(before);
        var b = Split(after);
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;

        var all = new List<(DiffKind Kind, string Text)>();
        all.AddRange(a.Take(prefix).Select(l => (DiffKind.Same, l)));
        all.AddRange(Middle(a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)]));
        all.AddRange(a.Skip(a.Length - suffix).Select(l => (DiffKind.Same, l)));
        return Trim(all);
    }

    private static string[] Split(string text) =>
        text.Length == 0 ? [] : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

    private static List<(DiffKind, string)> Middle(string[] a, string[] b)
    {
        var result = new List<(DiffKind, string)>();
        if ((long)a.Length * b.Length > MaxCells)
        {
            result.AddRange(a.Select(l => (DiffKind.Removed, l)));
            result.AddRange(b.Select(l => (DiffKind.Added, l)));
            return result;
        }
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        }
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (a[x] == b[y])
            {
                result.Add((DiffKind.Same, a[x++]));
                y++;
            }
            else if (lcs[x + 1, y] >= lcs[x, y + 1])
            {
                result.Add((DiffKind.Removed, a[x++]));
            }
            else
            {
                result.Add((DiffKind.Added, b[y++]));
            }
        }
        result.AddRange(a.Skip(x).Select(l => (DiffKind.Removed, l)));
        result.AddRange(b.Skip(y).Select(l => (DiffKind.Added, l)));
        return result;
    }

    private static List<DiffLine> Trim(List<(DiffKind Kind, string Text)> all)
    {
        var keep = new bool[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == DiffKind.Same)
                continue;
            for (var k = Math.Max(0, i - Context); k <= Math.Min(all.Count - 1, i + Context); k++)
                keep[k] = true;
        }
        var lines = new List<DiffLine>();
        var gap = false;
        for (var i = 0; i < all.Count; i++)
        {
            if (!keep[i])
            {
                gap = true;
                continue;
            }
            lines.Add(new DiffLine(all[i].Kind, all[i].Text, gap && lines.Count > 0));
            gap = false;
        }
        return lines;
    }
}
