using System.Globalization;

using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

/// <summary>
/// A compact notation of the parser's tree for the parser's tests: words quoted, AND, OR, NOT, NEAR(…, n), {fields} : (…),
/// a trailing * for a prefix. It is the notation the archive's first search engine (SQLite FTS5) read, kept because it
/// states the query language precisely; the engine now receives the tree itself (QueryTranslation).
/// </summary>
public static class QueryNotation
{
    /// <summary>The expression that must match, or null when the tree has nothing positive to search for.</summary>
    public static string? Build(QueryNode? node) => node switch
    {
        null => null,
        QueryNode.Term term => Quote(term.Text) + (term.Prefix ? "*" : ""),
        QueryNode.Phrase phrase => PhraseOf(phrase),
        QueryNode.Near near => NearOf(near),
        QueryNode.Columns columns => Build(columns.Inner) is { } inner
            ? "{" + string.Join(' ', columns.Names) + "} : (" + inner + ")"
            : null,
        QueryNode.All all => AllOf(all),
        QueryNode.Any any => AnyOf(any.Items),
        _ => null,
    };

    /// <summary>
    /// For a query that only excludes ("-genocide"): the expression for what to leave out. the search takes all documents and removes these.
    /// </summary>
    public static string? ExcludedOnly(QueryNode? node) =>
        node is QueryNode.All { Include.Count: 0 } all ? AnyOf(all.Exclude) : null;

    // A word inside a phrase may end in * ("responsibility to prot*"): FTS5 takes a prefix only after a closing quote, so
    // such a phrase goes out as its parts joined by + ("responsibility to" + "prot" *), which FTS5 reads as one phrase.
    private static string PhraseOf(QueryNode.Phrase phrase)
    {
        var words = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => w.EndsWith('*') && w.TrimEnd('*').Length > 0))
            return Quote(phrase.Text.Replace("*", "", StringComparison.Ordinal)) + (phrase.Prefix ? "*" : "");
        var parts = new List<string>();
        var run = new List<string>();
        foreach (var word in words)
        {
            var bare = word.TrimEnd('*');
            if (bare.Length > 0)
                run.Add(bare);
            if (word.EndsWith('*') && run.Count > 0)
            {
                parts.Add(Quote(string.Join(' ', run)) + " *");
                run.Clear();
            }
        }
        if (run.Count > 0)
            parts.Add(Quote(string.Join(' ', run)) + (phrase.Prefix ? " *" : ""));
        return string.Join(" + ", parts);
    }

    public static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string? NearOf(QueryNode.Near near)
    {
        var items = near.Items.Select(Build).OfType<string>().ToList();
        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => "NEAR(" + string.Join(' ', items) + ", " + near.Distance.ToString(CultureInfo.InvariantCulture) + ")",
        };
    }

    private static string? AllOf(QueryNode.All all)
    {
        var include = all.Include.Select(Build).OfType<string>().ToList();
        if (include.Count == 0)
            return null;
        var positive = include.Count == 1 ? include[0] : "(" + string.Join(" AND ", include) + ")";
        var exclude = AnyOf(all.Exclude);
        return exclude is null ? positive : "(" + positive + " NOT " + exclude + ")";
    }

    private static string? AnyOf(IReadOnlyList<QueryNode> nodes)
    {
        var items = nodes.Select(Build).OfType<string>().ToList();
        return items.Count switch
        {
            0 => null,
            1 => items[0],
            _ => "(" + string.Join(" OR ", items) + ")",
        };
    }
}
