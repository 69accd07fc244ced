using System.Diagnostics;
using System.Text.RegularExpressions;
using Archive.Core.Data;
using Archive.Core.Documents;
using Archive.Core.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Archive.Core.Search;

/// <summary>
/// Full-text search on the Lucene index (<see cref="SearchEngine"/>): parses the query, translates it into a Lucene query
/// with its filters, ranks by BM25 (title and speakers weigh most), and returns one page of hits with snippets, the total
/// and exact facet counts over every hit from doc values. The hits' own fields are read from the store, which stays the
/// record; only public documents are in the index. Every search has a deadline (<see cref="ArchiveOptions.SearchDeadlineSeconds"/>)
/// and stops when its caller goes away.
/// </summary>
public sealed class SearchService(ArchiveDb db, SearchEngine engine, IOptions<ArchiveOptions> options, ILogger<SearchService> logger)
{
    private const int FacetSize = 12;

    public async Task<SearchResult> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var query = QueryParser.Parse(request.Query);
        var errors = query.Errors.ToList();
        var unjoined = query.Filters.ToList();
        var facetFilters = AddFacetFilters(request, unjoined, errors);
        var filters = JoinKinds(unjoined);
        if (request.Page < 1)
            errors.Add($"There is no page {request.Page}; pages start at 1.");
        if (request.PageSize is < 1 or > SearchRequest.MaxPageSize)
            errors.Add($"A page holds from 1 to {SearchRequest.MaxPageSize} results.");
        if (errors.Count == 0 && query.IsEmpty && filters.Count == 0)
        {
            errors.Add(string.IsNullOrWhiteSpace(request.Query)
                ? "Type a word, a \"phrase\" or a filter such as speaker:musayev to search."
                : "The query has no word to search for: words need at least one letter or digit.");
        }
        if (errors.Count > 0)
        {
            logger.LogInformation("Search {Query} not run: {Errors}", request.Query, errors);
            return new SearchResult(request, query, 0, [], SearchFacets.None, errors, [], []);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(options.Value.SearchDeadlineSeconds));
        var token = deadline.Token;
        try
        {
            await engine.RefreshAsync(db, token);
            var searcher = engine.Acquire();
            try
            {
                var translation = new QueryTranslation(searcher.IndexReader);
                var text = translation.Text(query.Text);
                var excluded = text is null ? translation.ExcludedOnly(query.Text) : null;
                // In long: page 2147483647 times 20 would wrap to a negative skip and show the first page.
                var skip = (long)(request.Page - 1) * request.PageSize;
                var wanted = (int)Math.Clamp(skip + request.PageSize, 1, Math.Max(1, searcher.IndexReader.MaxDoc));
                var order = Order(request.Sort, text is not null);
                var groups = ((SegmentSearcher)searcher).SearchGroups(Combine(text, excluded, filters),
                    () => TopFieldCollector.Create(order, wanted, true, false, false, docsScoredInOrder: false), () => new HitCollector(token));
                var counts = groups[0].Counts;
                foreach (var group in groups.Skip(1))
                    counts.Add(group.Counts);
                var page = groups.Count == 1
                    ? groups[0].First.GetTopDocs((int)Math.Min(skip, int.MaxValue), request.PageSize)
                    : TopDocs.Merge(order, (int)Math.Min(skip, int.MaxValue), request.PageSize, groups.Select(g => (TopDocs)g.First.GetTopDocs()).ToArray());
                var ids = skip >= counts.Total ? [] : DocumentIds(searcher, page.ScoreDocs);
                var hits = await HitsAsync(ids, translation, token);
                var facets = counts.Total == 0 ? SearchFacets.None : Facets(counts);
                if (counts.Total > 0)
                {
                    // A facet whose value is chosen is counted with the other filters only: its other values then show how
                    // many documents choosing them instead would give.
                    foreach (var (key, chosen) in facetFilters)
                    {
                        var others = JoinKinds(unjoined.Where(f => !ReferenceEquals(f, chosen)).ToList());
                        // Only that facet is counted: the others come from the search itself.
                        var only = key switch
                        {
                            "kind" => HitCollector.Facet.Kind,
                            "year" => HitCollector.Facet.Year,
                            "organ" => HitCollector.Facet.Organ,
                            "speaker" => HitCollector.Facet.Speaker,
                            _ => HitCollector.Facet.Agenda,
                        };
                        var wider = new HitCollector(token, only);
                        foreach (var group in ((SegmentSearcher)searcher).SearchGroups(Combine(text, excluded, others), () => new TotalHitCountCollector(), () => new HitCollector(token, only)))
                            wider.Add(group.Counts);
                        var all = Facets(wider);
                        facets = key switch
                        {
                            "kind" => facets with { Kinds = all.Kinds },
                            "year" => facets with { Years = all.Years },
                            "organ" => facets with { Organs = all.Organs },
                            "speaker" => facets with { Speakers = all.Speakers },
                            _ => facets with { AgendaItems = all.AgendaItems },
                        };
                    }
                }
                var suggestions = counts.Total == 0 ? Suggest(searcher.IndexReader, query) : [];
                var loosen = counts.Total == 0 ? Loosen(query, filters, request) : [];
                logger.LogInformation("Search {Query} found {Total} documents in {ElapsedMs} ms", request.Query, counts.Total, watch.ElapsedMilliseconds);
                return new SearchResult(request, query, counts.Total, hits, facets, [], suggestions, loosen);
            }
            finally
            {
                engine.Release(searcher);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Search {Query} stopped at its deadline of {Seconds} s", request.Query, options.Value.SearchDeadlineSeconds);
            return new SearchResult(request, query, 0, [], SearchFacets.None,
                [$"This search took longer than {options.Value.SearchDeadlineSeconds} s and was stopped. Narrow it with a phrase, a filter or a longer prefix."], [], [])
            { Incomplete = true };
        }
        catch (SearchIndexUnavailableException ex)
        {
            logger.LogWarning("Search {Query} not run: {Reason}", request.Query, ex.Message);
            return new SearchResult(request, query, 0, [], SearchFacets.None, [ex.Message], [], []) { Incomplete = true };
        }
    }

    /// <summary>
    /// Every matching document's id in the search's order (ties broken by date, then id, so the order is stable), without
    /// hits, snippets or facets: what the API pages through with a cursor and what exports stream. Page and page size are ignored.
    /// </summary>
    public async Task<(IReadOnlyList<int> Ids, IReadOnlyList<string> Errors)> FindIdsAsync(SearchRequest request, CancellationToken ct)
    {
        var query = QueryParser.Parse(request.Query);
        var errors = query.Errors.ToList();
        var unjoined = query.Filters.ToList();
        AddFacetFilters(request, unjoined, errors);
        var filters = JoinKinds(unjoined);
        if (errors.Count == 0 && query.IsEmpty && filters.Count == 0)
            errors.Add("The query has no word or filter to search for.");
        if (errors.Count > 0)
            return ([], errors);
        IndexSearcher searcher;
        try
        {
            await engine.RefreshAsync(db, ct);
            searcher = engine.Acquire();
        }
        catch (SearchIndexUnavailableException ex)
        {
            return ([], [ex.Message]);
        }
        try
        {
            var translation = new QueryTranslation(searcher.IndexReader);
            var text = translation.Text(query.Text);
            var excluded = text is null ? translation.ExcludedOnly(query.Text) : null;
            var combined = Combine(text, excluded, filters);
            var count = new TotalHitCountCollector();
            searcher.Search(combined, count);
            if (count.TotalHits == 0)
                return ([], []);
            var top = TopFieldCollector.Create(Order(request.Sort, text is not null), count.TotalHits, false, false, false, true);
            searcher.Search(combined, top);
            return (DocumentIds(searcher, top.GetTopDocs().ScoreDocs), []);
        }
        finally
        {
            engine.Release(searcher);
        }
    }

    private static Query Combine(Query? text, Query? excluded, List<SearchFilter> filters)
    {
        var all = new BooleanQuery();
        all.Add(text ?? new MatchAllDocsQuery(), Occur.MUST);
        if (excluded is not null)
            all.Add(excluded, Occur.MUST_NOT);
        foreach (var filter in filters)
        {
            // Filters narrow; a zero boost keeps them out of the ranking.
            var condition = QueryTranslation.Filter(filter);
            all.Add(filter.Exclude ? condition : new ConstantScoreQuery(condition) { Boost = 0 }, filter.Exclude ? Occur.MUST_NOT : Occur.MUST);
        }
        return all;
    }

    /// <summary>Relevance, then the newest first; or by date either way. Undated documents come last, ties go by id.</summary>
    private static Sort Order(SearchSort sort, bool ranked)
    {
        SortField Date(bool newest)
        {
            var field = new SortField(SearchFields.Date, SortFieldType.INT64, newest);
            field.SetMissingValue(newest ? long.MinValue : long.MaxValue);
            return field;
        }
        SortField Id(bool newest) => new(SearchFields.Id, SortFieldType.INT64, newest);
        return sort switch
        {
            SearchSort.Oldest => new Sort(Date(false), Id(false)),
            SearchSort.Newest => new Sort(Date(true), Id(true)),
            _ when ranked => new Sort(SortField.FIELD_SCORE, Date(true), Id(true)),
            _ => new Sort(Date(true), Id(true)),
        };
    }

    private static List<int> DocumentIds(IndexSearcher searcher, ScoreDoc[] docs)
    {
        var ids = MultiDocValues.GetNumericValues(searcher.IndexReader, SearchFields.Id);
        return docs.Select(d => (int)ids.Get(d.Doc)).ToList();
    }

    // A document has one kind, so two kinds asked for (kind:letter kind:statement, or a kind typed and one clicked) can only
    // mean either of them.
    private static List<SearchFilter> JoinKinds(List<SearchFilter> filters)
    {
        var kinds = filters.Where(f => f is { Field: FilterField.Kind, Exclude: false }).ToList();
        if (kinds.Count < 2)
            return filters;
        var joined = new SearchFilter(FilterField.Kind, string.Join(',', kinds.Select(k => k.Text)), false)
        {
            AnyOf = kinds.SelectMany(k => k.AnyOf ?? [k]).ToList(),
        };
        return [.. filters.Where(f => !kinds.Contains(f)), joined];
    }

    /// <summary>Adds the filters of the facets chosen (and from/to); returns the facets' own, by facet.</summary>
    private static List<(string Facet, SearchFilter Filter)> AddFacetFilters(SearchRequest request, List<SearchFilter> filters, List<string> errors)
    {
        var facets = new List<(string, SearchFilter)>();
        void Add(string field, string? value, string? facet = null)
        {
            if (string.IsNullOrWhiteSpace(value))
                return;
            if (QueryParser.ParseFilter(field, value, out var error) is { } filter)
            {
                filters.Add(filter);
                if (facet is not null)
                    facets.Add((facet, filter));
            }
            else if (error is not null)
            {
                errors.Add(error);
            }
        }
        Add("kind", request.Kind, "kind");
        Add("year", request.Year, "year");
        Add("organ-slug", request.Organ, "organ");
        Add("speaker-slug", request.Speaker, "speaker");
        Add("agenda-item", request.Agenda, "agenda");
        if (!string.IsNullOrWhiteSpace(request.From) || !string.IsNullOrWhiteSpace(request.To))
        {
            var from = request.From?.Trim() ?? "";
            var to = request.To?.Trim() ?? "";
            if (from.Contains("..", StringComparison.Ordinal) || to.Contains("..", StringComparison.Ordinal))
                errors.Add("From and to each take one date, such as 2019 or 2019-11-27.");
            else
                Add("date", from + ".." + to);
        }
        return facets;
    }

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(List<int> page, QueryTranslation translation, CancellationToken ct)
    {
        if (page.Count == 0)
            return [];
        var rows = await db.Documents.AsNoTracking().Where(d => page.Contains(d.Id))
            .Select(d => new
            {
                d.Id, d.Slug, d.Title, d.Kind, d.Date, d.Author, d.Symbol,
                Speaker = d.Speakers.OrderBy(x => x.Position).Select(x => x.SpellingUsed).FirstOrDefault(),
                // Snippets read at most this much of a body, however long it is.
                Head = d.Body.Substring(0, BoundedHighlighter.MaxScannedChars),
            })
            .ToDictionaryAsync(d => d.Id, ct);
        var terms = translation.HighlightTerms;
        var prefixes = translation.HighlightPrefixes;
        return page.Where(rows.ContainsKey).Select(id =>
        {
            var row = rows[id];
            var snippet = BoundedHighlighter.Snippet(row.Head, terms, prefixes, ct) ?? Snippets.Opening(row.Head.Length > 400 ? row.Head[..400] : row.Head);
            return new SearchHit(row.Slug, row.Title ?? "Untitled document", row.Kind, row.Date, row.Speaker, row.Author, row.Symbol, snippet);
        }).ToList();
    }

    private static SearchFacets Facets(HitCollector counts)
    {
        var years = counts.Years.OrderBy(y => y.Key).Select(y => new FacetValue(y.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
            y.Key.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), y.Value)).ToList();
        var kinds = counts.Kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => new FacetValue(k.Key.ToLowerInvariant(), DocumentKinds.Label(Enum.TryParse<DocumentKind>(k.Key, out var kind) ? kind : DocumentKind.Unknown), k.Value))
            .ToList();
        return new SearchFacets(years, kinds, Labelled(counts.Organs, byLabel: true), Labelled(counts.Speakers, byLabel: true), Labelled(counts.AgendaItems, byLabel: false));
    }

    // Doc values hold "key<separator>label"; ties go by label (organs, speakers) or by key (agenda items, in number order).
    private static List<FacetValue> Labelled(IReadOnlyDictionary<string, int> counts, bool byLabel) =>
        counts.Select(c =>
            {
                var at = c.Key.IndexOf(SearchFields.LabelSeparator);
                return new FacetValue(c.Key[..at], c.Key[(at + 1)..], c.Value);
            })
            .OrderByDescending(f => f.Count)
            .ThenBy(f => byLabel ? f.Label : f.Key, byLabel ? StringComparer.Ordinal : AgendaKeyOrder.Instance)
            .Take(FacetSize).ToList();

    /// <summary>Whole indexed words close in spelling to the query's words that the index lacks ("genocdie" → "genocide").</summary>
    private static IReadOnlyList<SearchSuggestion> Suggest(IndexReader reader, SearchQuery query)
    {
        var terms = MultiFields.GetTerms(reader, SearchFields.Words);
        if (terms is null)
            return [];
        var words = Words(query.Text).SelectMany(w => ArchiveAnalyzer.Terms(w, ArchiveAnalyzer.Words))
            .Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct().Take(5).ToList();
        var suggestions = new List<SearchSuggestion>();
        foreach (var word in words)
        {
            var iterator = terms.GetEnumerator();
            if (iterator.SeekExact(new BytesRef(word)))
                continue;
            var candidates = new List<(string Term, int Distance, int Documents)>();
            if (iterator.SeekCeil(new BytesRef(word[..1])) != TermsEnum.SeekStatus.END)
            {
                do
                {
                    var term = iterator.Term.Utf8ToString();
                    if (!term.StartsWith(word[0]))
                        break;
                    if (term.Length < word.Length - 2 || term.Length > word.Length + 2)
                        continue;
                    var distance = Levenshtein(word, term, 2);
                    if (distance <= (word.Length <= 4 ? 1 : 2))
                        candidates.Add((term, distance, iterator.DocFreq));
                }
                while (iterator.MoveNext());
            }
            suggestions.AddRange(candidates.OrderBy(c => c.Distance).ThenByDescending(c => c.Documents).ThenBy(c => c.Term, StringComparer.Ordinal)
                .Take(3).Select(c => new SearchSuggestion(word, c.Term, Replace(query.Original, word, c.Term))));
        }
        return suggestions.Take(8).ToList();
    }

    // The query with the word replaced where it stands as a whole word; just the term when the word is not found as typed.
    private static string Replace(string query, string word, string term)
    {
        var replaced = Regex.Replace(query, @"(?<![\p{L}\p{N}])" + Regex.Escape(word) + @"(?![\p{L}\p{N}])", term,
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return replaced == query ? term : replaced;
    }

    private static IEnumerable<string> Words(QueryNode? node) => node switch
    {
        QueryNode.Term term => term.Text.Split(' '),
        QueryNode.Phrase phrase => phrase.Text.Split(' '),
        QueryNode.Near near => near.Items.SelectMany(Words),
        QueryNode.Columns columns => Words(columns.Inner),
        QueryNode.All all => all.Include.SelectMany(Words),
        QueryNode.Any any => any.Items.SelectMany(Words),
        _ => [],
    };

    private static List<string> Loosen(SearchQuery query, List<SearchFilter> filters, SearchRequest request)
    {
        var advice = new List<string>();
        var text = query.Text;
        if (text is QueryNode.All { Include.Count: > 1 })
            advice.Add("Every word must appear: leave one out, or join alternatives with OR (genocide OR atrocities).");
        if (Contains(text, n => n is QueryNode.Phrase))
            advice.Add("A phrase must appear word for word: search its words without the quotation marks.");
        if (Contains(text, n => n is QueryNode.Near))
            advice.Add("NEAR(…) needs the words close together: raise the distance, as in NEAR(a b, 25), or drop NEAR.");
        if (Contains(text, n => n is QueryNode.All { Exclude.Count: > 0 }))
            advice.Add("A minus sign leaves out documents with that word: remove it to see them.");
        if (Contains(text, n => n is QueryNode.Columns))
            advice.Add("A field such as speaker: or organ: searches only that field: search the words on their own.");
        if (filters.Count > 0 || request.From is not null || request.To is not null)
            advice.Add("Filters narrow the results: remove one (kind, year, date, symbol, agenda, organ, speaker).");
        if (!Contains(text, n => n is QueryNode.Term { Prefix: true } or QueryNode.Phrase { Prefix: true }) && text is not null)
            advice.Add("Add * to the end of a word to find every word starting with it (negotiat*).");
        return advice;
    }

    private static bool Contains(QueryNode? node, Func<QueryNode, bool> test) => node is not null && (test(node) || node switch
    {
        QueryNode.Near near => near.Items.Any(i => Contains(i, test)),
        QueryNode.Columns columns => Contains(columns.Inner, test),
        QueryNode.All all => all.Include.Concat(all.Exclude).Any(i => Contains(i, test)),
        QueryNode.Any any => any.Items.Any(i => Contains(i, test)),
        _ => false,
    });

    internal static int Levenshtein(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
            return limit + 1;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }
            if (best > limit)
                return limit + 1;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    /// <summary>Agenda keys ("organ:session:number sub-item") in session, then number order, as the agenda pages list them.</summary>
    private sealed class AgendaKeyOrder : IComparer<string>
    {
        public static AgendaKeyOrder Instance { get; } = new();

        public int Compare(string? x, string? y) => Key(x).CompareTo(Key(y));

        private static (int Number, string SubItem, string Whole) Key(string? key)
        {
            var parts = (key ?? "").Split(':');
            var last = parts[^1];
            var digits = new string(last.TakeWhile(char.IsAsciiDigit).ToArray());
            return (int.TryParse(digits, out var n) ? n : 0, last[digits.Length..], key ?? "");
        }
    }
}
