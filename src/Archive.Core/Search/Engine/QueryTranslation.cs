using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Turns a parsed query (<see cref="QueryNode"/> and <see cref="SearchFilter"/>s) into a Lucene query. Words go through the
/// same analyzer as the documents; a word with no field matches in every text field, each with its weight; filters narrow
/// without changing the ranking. No user text is ever parsed as Lucene syntax: queries are built as objects.
/// </summary>
public sealed class QueryTranslation(IndexReader reader)
{
    private const int MinStem = 4;
    private const int MaxStemCut = 4;
    private const int MaxExpansions = 512;

    /// <summary>The terms matched words may be, for highlighting: stems, and the prefixes a word may start with.</summary>
    public HashSet<string> HighlightTerms { get; } = new(StringComparer.Ordinal);
    public List<string> HighlightPrefixes { get; } = [];

    /// <summary>The query for the text part, or null when it has nothing positive to find.</summary>
    public Query? Text(QueryNode? node) => Text(node, SearchFields.Text);

    /// <summary>For a query that only excludes ("-genocide"): what to leave out.</summary>
    public Query? ExcludedOnly(QueryNode? node) =>
        node is QueryNode.All { Include.Count: 0 } all ? Any(all.Exclude, SearchFields.Text, highlight: false) : null;

    public static Query Filter(SearchFilter filter)
    {
        Query query;
        switch (filter.Field)
        {
            case var _ when filter.AnyOf is { } alternatives:
                var any = new BooleanQuery();
                foreach (var alternative in alternatives)
                    any.Add(Filter(alternative with { Exclude = false }), Occur.SHOULD);
                query = any;
                break;
            case FilterField.Kind:
                query = new TermQuery(new Term(SearchFields.Kind, filter.Kind!.Value.ToString()));
                break;
            case FilterField.Date:
                // Any of a document's dates counts: a letter written on one day and distributed on another is found by both.
                query = NumericRangeQuery.NewInt32Range(SearchFields.Dates,
                    filter.From is { } from ? IndexedDocument.DayNumber(from) : null,
                    filter.To is { } to ? IndexedDocument.DayNumber(to) : null, true, true);
                break;
            case FilterField.Symbol:
                query = filter.SymbolPrefix
                    ? new PrefixQuery(new Term(SearchFields.SymbolTail, filter.Symbol!))
                    : new TermQuery(new Term(SearchFields.Symbol, filter.Symbol!));
                break;
            case FilterField.AgendaNumber:
                var number = filter.AgendaNumber!.Value.ToString(CultureInfo.InvariantCulture);
                query = new TermQuery(new Term(SearchFields.AgendaNumber, filter.AgendaSubItem is null ? number : number + "/" + filter.AgendaSubItem));
                break;
            case FilterField.AgendaItem:
                query = new TermQuery(new Term(SearchFields.AgendaItem,
                    $"{filter.Slug}:{filter.AgendaSession}:{filter.AgendaNumber}{filter.AgendaSubItem}"));
                break;
            case FilterField.Organ:
                query = new TermQuery(new Term(SearchFields.Organ, filter.Slug!));
                break;
            case FilterField.Speaker:
                query = new TermQuery(new Term(SearchFields.Speaker, filter.Slug!));
                break;
            default:
                throw new UnreachableException($"Filter field {filter.Field}");
        }
        return query;
    }

    private Query? Text(QueryNode? node, IReadOnlyList<(string Field, float Boost)> fields, bool highlight = true)
    {
        switch (node)
        {
            case null:
                return null;
            case QueryNode.Term term:
                return AcrossFields(fields, field => Words(field, [(term.Text, term.Prefix)], highlight));
            case QueryNode.Phrase phrase:
                var words = phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select((w, i) => (Text: w.TrimEnd('*'), Prefix: w.EndsWith('*') || (phrase.Prefix && i == phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - 1)))
                    .Where(w => w.Text.Length > 0).ToList();
                return AcrossFields(fields, field => Words(field, words, highlight));
            case QueryNode.Near near:
                return AcrossFields(fields, field =>
                {
                    var spans = near.Items.Select(item => Span(item, field, highlight)).ToList();
                    if (spans.Any(s => s is null))
                        return null;
                    return spans.Count == 1 ? spans[0] : new SpanNearQuery(spans.ToArray()!, near.Distance, false);
                });
            case QueryNode.Columns columns:
                var chosen = SearchFields.Text.Where(f => columns.Names.Contains(f.Field) || (f.Field == SearchFields.Body && columns.Names.Contains("body_folded"))).ToList();
                return Text(columns.Inner, chosen, highlight && chosen.Any(f => f.Field == SearchFields.Body));
            case QueryNode.All all:
                var include = all.Include.Select(i => Text(i, fields, highlight)).ToList();
                if (include.Count == 0)
                    return null;
                var both = new BooleanQuery();
                foreach (var item in include)
                    both.Add(item ?? new BooleanQuery(), Occur.MUST);
                foreach (var item in all.Exclude.Select(e => Text(e, fields, highlight: false)).OfType<Query>())
                    both.Add(item, Occur.MUST_NOT);
                return both;
            case QueryNode.Any any:
                return Any(any.Items, fields, highlight);
            default:
                return null;
        }
    }

    private Query? Any(IReadOnlyList<QueryNode> items, IReadOnlyList<(string Field, float Boost)> fields, bool highlight)
    {
        var queries = items.Select(i => Text(i, fields, highlight)).OfType<Query>().ToList();
        if (queries.Count <= 1)
            return queries.FirstOrDefault();
        var any = new BooleanQuery();
        foreach (var query in queries)
            any.Add(query, Occur.SHOULD);
        return any;
    }

    private static Query? AcrossFields(IReadOnlyList<(string Field, float Boost)> fields, Func<string, Query?> build)
    {
        var queries = fields.Select(f => (Query: build(f.Field), f.Boost)).Where(q => q.Query is not null).ToList();
        if (queries.Count == 0)
            return new BooleanQuery();
        if (queries.Count == 1)
        {
            queries[0].Query!.Boost = queries[0].Boost;
            return queries[0].Query;
        }
        var any = new BooleanQuery();
        foreach (var (query, boost) in queries)
        {
            query!.Boost = boost;
            any.Add(query, Occur.SHOULD);
        }
        return any;
    }

    /// <summary>A word or words in order in one field; a word ending in * stands for every indexed term it may start.</summary>
    private Query? Words(string field, IReadOnlyList<(string Text, bool Prefix)> words, bool highlight)
    {
        var positions = new List<Term[]>();
        foreach (var (text, prefix) in words)
        {
            var terms = ArchiveAnalyzer.Terms(text, prefix ? ArchiveAnalyzer.Words : ArchiveAnalyzer.Stemmed);
            for (var i = 0; i < terms.Count; i++)
            {
                if (prefix && i == terms.Count - 1)
                {
                    var expanded = Expand(field, terms[i], highlight);
                    if (expanded.Length == 0)
                        return null;
                    positions.Add(expanded);
                }
                else
                {
                    positions.Add([new Term(field, terms[i])]);
                    if (highlight && field == SearchFields.Body)
                        HighlightTerms.Add(terms[i]);
                }
            }
        }
        if (positions.Count == 0)
            return null;
        if (positions.Count == 1)
        {
            if (positions[0].Length == 1)
                return new TermQuery(positions[0][0]);
            if (positions[0].Length > MaxExpansions && words[^1].Prefix)
                return new PrefixQuery(new Term(field, ArchiveAnalyzer.Terms(words[^1].Text, ArchiveAnalyzer.Words)[^1]));
            var any = new BooleanQuery { };
            foreach (var term in positions[0])
                any.Add(new TermQuery(term), Occur.SHOULD);
            return new ConstantScoreQuery(any);
        }
        if (positions.All(p => p.Length == 1))
        {
            var phrase = new PhraseQuery();
            foreach (var p in positions)
                phrase.Add(p[0]);
            return phrase;
        }
        var multi = new MultiPhraseQuery();
        foreach (var p in positions)
            multi.Add(p.Take(MaxExpansions).ToArray());
        return multi;
    }

    private SpanQuery? Span(QueryNode item, string field, bool highlight)
    {
        var words = item switch
        {
            QueryNode.Term term => [(term.Text, term.Prefix)],
            QueryNode.Phrase phrase => phrase.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => (w.TrimEnd('*'), w.EndsWith('*'))).ToList(),
            _ => new List<(string, bool)>(),
        };
        var spans = new List<SpanQuery>();
        foreach (var (text, prefix) in words)
        {
            var terms = ArchiveAnalyzer.Terms(text, prefix ? ArchiveAnalyzer.Words : ArchiveAnalyzer.Stemmed);
            for (var i = 0; i < terms.Count; i++)
            {
                if (prefix && i == terms.Count - 1)
                {
                    var expanded = Expand(field, terms[i], highlight);
                    if (expanded.Length == 0)
                        return null;
                    spans.Add(expanded.Length == 1 ? new SpanTermQuery(expanded[0]) : new SpanOrQuery(expanded.Take(MaxExpansions).Select(t => (SpanQuery)new SpanTermQuery(t)).ToArray()));
                }
                else
                {
                    spans.Add(new SpanTermQuery(new Term(field, terms[i])));
                    if (highlight && field == SearchFields.Body)
                        HighlightTerms.Add(terms[i]);
                }
            }
        }
        return spans.Count switch
        {
            0 => null,
            1 => spans[0],
            _ => new SpanNearQuery(spans.ToArray(), 0, true),
        };
    }

    /// <summary>
    /// The indexed terms of <paramref name="field"/> a prefix stands for: those starting with it and, since the index keeps
    /// stems ("negotiation" as "negoti"), the stems a word starting with it is cut to when that prefix goes past the stem
    /// ("negotiat*" also finds "negoti"). The most frequent first; a phrase or NEAR takes the first <see cref="MaxExpansions"/>.
    /// </summary>
    private Term[] Expand(string field, string prefix, bool highlight)
    {
        if (highlight && field == SearchFields.Body)
            HighlightPrefixes.Add(prefix);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms is null)
            return [];
        var found = new List<(string Term, int Documents)>();
        var iterator = terms.GetEnumerator();
        if (iterator.SeekCeil(new BytesRef(prefix)) != TermsEnum.SeekStatus.END)
        {
            do
            {
                var term = iterator.Term.Utf8ToString();
                if (!term.StartsWith(prefix, StringComparison.Ordinal))
                    break;
                found.Add((term, iterator.DocFreq));
            }
            while (iterator.MoveNext() && found.Count < 50_000);
        }
        if (found.Count == 0 && prefix.Length > MinStem && prefix.All(char.IsLetter))
        {
            var shortest = Math.Max(MinStem, prefix.Length - MaxStemCut);
            for (var length = prefix.Length - 1; length >= shortest; length--)
            {
                var stem = prefix[..length];
                if (IsStemOf(prefix, stem) && iterator.SeekExact(new BytesRef(stem)))
                {
                    found.Add((stem, iterator.DocFreq));
                    if (highlight && field == SearchFields.Body)
                        HighlightTerms.Add(stem);
                    if (found.Count == 3)
                        break;
                }
            }
        }
        return found.OrderByDescending(f => f.Documents).Select(f => new Term(field, f.Term)).ToArray();
    }

    // The endings the Porter stemmer cuts off, as far as a prefix can show their start.
    private static readonly string[] StemmedEndings =
    [
        "ational", "tional", "ation", "ator", "ative", "ate", "ance", "ence", "enci", "anci", "ant", "ent", "ement", "ment", "able",
        "ible", "bility", "ility", "ity", "iti", "ive", "iveness", "ion", "ing", "ize", "izer", "ization", "ise", "ism", "ist",
        "al", "alism", "ality", "alize", "ally", "ly", "ic", "ical", "icate", "iciti", "ful", "fulness", "ness", "ous", "ousness",
        "ed", "er", "es", "ies", "s", "e", "y", "logi",
    ];

    /// <summary>
    /// True when <paramref name="stem"/> is the stem of words starting with <paramref name="prefix"/>: what the prefix has
    /// beyond it could be the start of an ending the stemmer cuts ("negotiat" over "negoti", "genocida" over "genocid"),
    /// and a single letter only when a vowel, so "intern*" does not also search "inter*".
    /// </summary>
    internal static bool IsStemOf(string prefix, string stem)
    {
        if (stem.Length >= prefix.Length || !prefix.StartsWith(stem, StringComparison.Ordinal))
            return false;
        var rest = prefix[stem.Length..];
        return (rest.Length > 1 || rest[0] is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            && StemmedEndings.Any(e => e.StartsWith(rest, StringComparison.Ordinal));
    }
}
