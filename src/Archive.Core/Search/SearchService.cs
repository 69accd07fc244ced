using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Archive.Core.Search;

/// <summary>
/// Full-text search over <c>documents_fts</c> (see the SearchIndex migration): parses the query, matches in FTS5, applies the
/// filters in SQL, and returns one page of hits with snippets, the total and facet counts over all hits. Every value reaches
/// SQLite as a parameter; documents that are not public (withdrawn, drafts) are left out here with
/// <see cref="PublicDocuments.SqlCondition"/>, since raw SQL does not see EF's query filters.
/// </summary>
public sealed class SearchService(ArchiveDb db, ILogger<SearchService> logger)
{
    // IX_documents_search (SearchIndex migration) covers what the hit list and the year and kind facets read of a document;
    // SQLite would otherwise walk each body's overflow pages to reach WithdrawnAt.
    // bm25 weights in column order: title, speakers, body, organs, event, agenda, body_folded.
    private const string Rank = "bm25(documents_fts, 10.0, 8.0, 1.0, 2.0, 2.0, 2.0, 1.0)";
    private const int FacetSize = 12;

    /// <summary>The main date and the typed dates it is chosen from, each kept in IX_documents_search.</summary>
    private static readonly string[] DateColumns = ["d.Date", "d.DeliveredOn", "d.WrittenOn", "d.DistributedOn", "d.PublishedOn"];
    private const int MinStem = 4;
    private const int MaxStemCut = 4;

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

        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(ct);
        try
        {
            QueryNode? text;
            try
            {
                text = await ExpandPrefixesAsync(connection, query.Text, ct);
            }
            catch (SqliteException ex)
            {
                logger.LogWarning(ex, "Search {Query} searched its prefixes without the stems: the index vocabulary could not be read", request.Query);
                text = query.Text;
            }
            var match = FtsExpression.Build(text);
            var excluded = match is null ? FtsExpression.ExcludedOnly(text) : null;
            List<int> ids;
            try
            {
                ids = await MatchingIdsAsync(connection, match, excluded, filters, request.Sort, ct);
            }
            catch (SqliteException ex)
            {
                // The parser's output is tested against FTS5 at length; should one still be refused, the user gets words, not a 500.
                logger.LogError(ex, "Search {Query} failed in SQLite with expression {Match}", request.Query, match ?? excluded);
                return new SearchResult(request, query, 0, [], SearchFacets.None,
                    ["The archive could not run this query. Try fewer operators or plainer words."], [], []);
            }
            // In long: page 2147483647 times 20 would wrap to a negative skip and show the first page.
            var skip = (long)(request.Page - 1) * request.PageSize;
            var page = skip >= ids.Count ? [] : ids.Skip((int)skip).Take(request.PageSize).ToList();
            var hits = await HitsAsync(connection, page, match, ct);
            var facets = ids.Count == 0 ? SearchFacets.None : await FacetsAsync(connection, ids, ct);
            if (ids.Count > 0)
            {
                // A facet whose value is chosen is counted with the other filters only: its other values then show how
                // many documents choosing them instead would give.
                foreach (var (key, chosen) in facetFilters)
                {
                    var others = JoinKinds(unjoined.Where(f => !ReferenceEquals(f, chosen)).ToList());
                    var wider = await FacetsAsync(connection, await MatchingIdsAsync(connection, match, excluded, others, request.Sort, ct), ct);
                    facets = key switch
                    {
                        "kind" => facets with { Kinds = wider.Kinds },
                        "year" => facets with { Years = wider.Years },
                        "organ" => facets with { Organs = wider.Organs },
                        "speaker" => facets with { Speakers = wider.Speakers },
                        _ => facets with { AgendaItems = wider.AgendaItems },
                    };
                }
            }
            var suggestions = ids.Count == 0 ? await SuggestAsync(connection, query, ct) : [];
            var loosen = ids.Count == 0 ? Loosen(query, filters, request) : [];
            logger.LogInformation("Search {Query} found {Total} documents in {ElapsedMs} ms", request.Query, ids.Count, watch.ElapsedMilliseconds);
            return new SearchResult(request, query, ids.Count, hits, facets, [], suggestions, loosen);
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Every matching document's id in the search's order (ties broken by id, so the order is stable), without hits,
    /// snippets or facets: what the API pages through with a cursor and what exports stream. Page and page size are ignored.
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
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(ct);
        try
        {
            QueryNode? text;
            try
            {
                text = await ExpandPrefixesAsync(connection, query.Text, ct);
            }
            catch (SqliteException)
            {
                text = query.Text;
            }
            var match = FtsExpression.Build(text);
            var excluded = match is null ? FtsExpression.ExcludedOnly(text) : null;
            try
            {
                return (await MatchingIdsAsync(connection, match, excluded, filters, request.Sort, ct), []);
            }
            catch (SqliteException ex)
            {
                logger.LogError(ex, "Search {Query} failed in SQLite with expression {Match}", request.Query, match ?? excluded);
                return ([], ["The archive could not run this query. Try fewer operators or plainer words."]);
            }
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The index stores stems ("negotiation" as "negoti"), so a prefix longer than a word's stem ("negotiat*") would miss
    /// it. A prefix that no indexed word starts with therefore also searches the indexed stems it starts with, when they
    /// are at most <see cref="MaxStemCut"/> letters shorter and the rest could start an ending the stemmer cuts
    /// (<see cref="IsStemOf"/>): <c>negotiat*</c> searches <c>negotiat* OR negoti*</c>.
    /// </summary>
    private async Task<QueryNode?> ExpandPrefixesAsync(DbConnection connection, QueryNode? node, CancellationToken ct)
    {
        switch (node)
        {
            case QueryNode.Term { Prefix: true } term when term.Text.Length > MinStem && term.Text.All(char.IsLetter):
                var prefix = term.Text.ToLowerInvariant();
                // When some indexed word starts with the prefix itself, the stemmer left those words long enough: no need.
                await using (var exists = Command(connection))
                {
                    exists.CommandText = "SELECT count(*) FROM (SELECT 1 FROM documents_fts_vocab WHERE term >= $prefix AND term < $prefix || char(1114111) LIMIT 1)";
                    Add(exists, "$prefix", prefix);
                    if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) > 0)
                        return term;
                }
                await using (var command = Command(connection))
                {
                    command.CommandText = """
                        SELECT term FROM documents_fts_vocab
                        WHERE term >= $low AND term < $prefix AND length(term) >= $shortest AND substr($prefix, 1, length(term)) = term
                        ORDER BY length(term) DESC LIMIT 3
                        """;
                    var shortest = Math.Max(MinStem, prefix.Length - MaxStemCut);
                    Add(command, "$low", prefix[..shortest]);
                    Add(command, "$prefix", prefix);
                    Add(command, "$shortest", shortest);
                    var stems = new List<QueryNode> { term };
                    await using var reader = await command.ExecuteReaderAsync(ct);
                    while (await reader.ReadAsync(ct))
                    {
                        if (IsStemOf(prefix, reader.GetString(0)))
                            stems.Add(new QueryNode.Term(reader.GetString(0), true));
                    }
                    return stems.Count == 1 ? term : new QueryNode.Any(stems);
                }
            case QueryNode.Columns columns:
                return await ExpandPrefixesAsync(connection, columns.Inner, ct) is { } inner ? columns with { Inner = inner } : columns;
            case QueryNode.All all:
                return new QueryNode.All(await ExpandAllAsync(connection, all.Include, ct), await ExpandAllAsync(connection, all.Exclude, ct));
            case QueryNode.Any any:
                return new QueryNode.Any(await ExpandAllAsync(connection, any.Items, ct));
            default:
                return node;
        }
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

    private async Task<List<QueryNode>> ExpandAllAsync(DbConnection connection, IReadOnlyList<QueryNode> nodes, CancellationToken ct)
    {
        var expanded = new List<QueryNode>(nodes.Count);
        foreach (var node in nodes)
            expanded.Add(await ExpandPrefixesAsync(connection, node, ct) ?? node);
        return expanded;
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

    private async Task<List<int>> MatchingIdsAsync(DbConnection connection, string? match, string? excluded,
        List<SearchFilter> filters, SearchSort sort, CancellationToken ct)
    {
        await using var command = Command(connection);
        var sql = new StringBuilder();
        if (match is not null)
        {
            sql.Append("SELECT d.Id FROM (SELECT rowid AS Id, ").Append(Rank)
                .Append(" AS score FROM documents_fts WHERE documents_fts MATCH $match) h JOIN documents d INDEXED BY IX_documents_search ON d.Id = h.Id");
            Add(command, "$match", match);
        }
        else
        {
            sql.Append("SELECT d.Id FROM documents d INDEXED BY IX_documents_search");
        }
        sql.Append(" WHERE ").Append(PublicDocuments.SqlCondition);
        if (excluded is not null)
        {
            sql.Append(" AND d.Id NOT IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH $excluded)");
            Add(command, "$excluded", excluded);
        }
        for (var i = 0; i < filters.Count; i++)
            sql.Append(" AND ").Append(FilterSql(command, filters[i], "$f" + i.ToString(CultureInfo.InvariantCulture)));
        sql.Append(sort switch
        {
            SearchSort.Newest => " ORDER BY d.Date IS NULL, d.Date DESC, d.Id DESC",
            SearchSort.Oldest => " ORDER BY d.Date IS NULL, d.Date, d.Id",
            _ when match is not null => " ORDER BY h.score, d.Date IS NULL, d.Date DESC, d.Id DESC",
            _ => " ORDER BY d.Date IS NULL, d.Date DESC, d.Id DESC",
        });
        command.CommandText = sql.ToString();
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            ids.Add(reader.GetInt32(0));
        return ids;
    }

    private static string FilterSql(DbCommand command, SearchFilter filter, string p)
    {
        string condition;
        switch (filter.Field)
        {
            case var _ when filter.AnyOf is { } alternatives:
                condition = string.Join(" OR ", alternatives.Select((a, i) => FilterSql(command, a, p + "x" + i.ToString(CultureInfo.InvariantCulture))));
                break;
            case FilterField.Kind:
                condition = $"d.Kind = {p}";
                Add(command, p, filter.Kind!.Value.ToString());
                break;
            case FilterField.Date:
                // A document is found by each of its dates: a letter dated on one day and distributed on another by both.
                var bounds = new List<string>();
                if (filter.From is { } from)
                {
                    bounds.Add($"{{0}} >= {p}a");
                    Add(command, p + "a", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                if (filter.To is { } to)
                {
                    bounds.Add($"{{0}} <= {p}b");
                    Add(command, p + "b", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }
                condition = string.Join(" OR ", DateColumns.Select(column =>
                    "(" + string.Join(" AND ", [$"{column} IS NOT NULL", .. bounds.Select(b => string.Format(CultureInfo.InvariantCulture, b, column))]) + ")"));
                break;
            case FilterField.Symbol:
                // A document's own symbol or one it cites, whole or as one part of a joint symbol ("A/79/875-S/2025/248").
                condition = $"('-' || upper(coalesce(d.Symbol, '')) || '-' LIKE {p} ESCAPE '\\' OR EXISTS (SELECT 1 FROM cited_symbols c "
                    + $"WHERE c.DocumentId = d.Id AND '-' || upper(c.Symbol) || '-' LIKE {p} ESCAPE '\\'))";
                Add(command, p, "%-" + EscapeLike(filter.Symbol!) + (filter.SymbolPrefix ? "%" : "-%"));
                break;
            case FilterField.AgendaNumber:
                condition = "EXISTS (SELECT 1 FROM document_agenda_items x JOIN agenda_items a ON a.Id = x.AgendaItemId "
                    + $"WHERE x.DocumentId = d.Id AND a.Number = {p}" + (filter.AgendaSubItem is null ? ")" : $" AND a.SubItem = {p}s)");
                Add(command, p, filter.AgendaNumber!.Value);
                if (filter.AgendaSubItem is not null)
                    Add(command, p + "s", filter.AgendaSubItem);
                break;
            case FilterField.AgendaItem:
                condition = "EXISTS (SELECT 1 FROM document_agenda_items x JOIN agenda_items a ON a.Id = x.AgendaItemId JOIN organs o ON o.Id = a.OrganId "
                    + $"WHERE x.DocumentId = d.Id AND o.Slug = {p} AND a.Number = {p}n AND a.SubItem = {p}s AND "
                    + (filter.AgendaSession is null ? "a.Session IS NULL)" : $"a.Session = {p}y)");
                Add(command, p, filter.Slug!);
                Add(command, p + "n", filter.AgendaNumber!.Value);
                Add(command, p + "s", filter.AgendaSubItem ?? "");
                if (filter.AgendaSession is { } session)
                    Add(command, p + "y", session);
                break;
            case FilterField.Organ:
                condition = $"EXISTS (SELECT 1 FROM document_organs x JOIN organs o ON o.Id = x.OrganId WHERE x.DocumentId = d.Id AND o.Slug = {p})";
                Add(command, p, filter.Slug!);
                break;
            case FilterField.Speaker:
                condition = $"EXISTS (SELECT 1 FROM document_speakers x JOIN speakers s ON s.Id = x.SpeakerId WHERE x.DocumentId = d.Id AND s.Slug = {p})";
                Add(command, p, filter.Slug!);
                break;
            default:
                throw new UnreachableException($"Filter field {filter.Field}");
        }
        return filter.Exclude ? "NOT (" + condition + ")" : "(" + condition + ")";
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private async Task<IReadOnlyList<SearchHit>> HitsAsync(DbConnection connection, List<int> page, string? match, CancellationToken ct)
    {
        if (page.Count == 0)
            return [];
        var ids = JsonSerializer.Serialize(page);
        var rows = new Dictionary<int, (string Slug, string? Title, string Kind, string? Date, string? Author, string? Symbol, string? Speaker, string Opening)>();
        await using (var command = Command(connection))
        {
            command.CommandText = $$"""
                SELECT d.Id, d.Slug, d.Title, d.Kind, d.Date, d.Author, d.Symbol,
                       (SELECT x.SpellingUsed FROM document_speakers x WHERE x.DocumentId = d.Id ORDER BY x.Position LIMIT 1),
                       substr(d.Body, 1, 400)
                FROM documents d WHERE {{PublicDocuments.SqlCondition}} AND d.Id IN (SELECT value FROM json_each($ids))
                """;
            Add(command, "$ids", ids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows[reader.GetInt32(0)] = (reader.GetString(1), Text(reader, 2), reader.GetString(3), Text(reader, 4), Text(reader, 5),
                    Text(reader, 6), Text(reader, 7), reader.GetString(8));
            }
        }

        var snippets = new Dictionary<int, IReadOnlyList<IReadOnlyList<SnippetPart>>>();
        if (match is not null)
        {
            var open = "\uE000" + Guid.NewGuid().ToString("N");
            var close = "\uE001" + Guid.NewGuid().ToString("N");
            await using var command = Command(connection);
            command.CommandText = """
                SELECT rowid, highlight(documents_fts, 2, $open, $close), highlight(documents_fts, 6, $open, $close)
                FROM documents_fts WHERE documents_fts MATCH $match AND rowid IN (SELECT value FROM json_each($ids))
                """;
            Add(command, "$open", open);
            Add(command, "$close", close);
            Add(command, "$match", match);
            Add(command, "$ids", ids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var body = Text(reader, 1) ?? "";
                var folded = Text(reader, 2);
                if (body.Contains(open, StringComparison.Ordinal) || folded?.Contains(open, StringComparison.Ordinal) == true)
                    snippets[reader.GetInt32(0)] = Snippets.Cut(body, folded, open, close);
            }
        }

        return page.Where(rows.ContainsKey).Select(id =>
        {
            var row = rows[id];
            return new SearchHit(row.Slug, row.Title ?? "Untitled document", Enum.TryParse<DocumentKind>(row.Kind, out var kind) ? kind : DocumentKind.Unknown,
                row.Date is null ? null : DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                row.Speaker, row.Author, row.Symbol, snippets.TryGetValue(id, out var snippet) ? snippet : Snippets.Opening(row.Opening));
        }).ToList();
    }

    private async Task<SearchFacets> FacetsAsync(DbConnection connection, List<int> ids, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(ids);
        const string Matched = "WITH m(Id) AS (SELECT value FROM json_each($ids)) ";
        var years = await FacetAsync(connection, json, Matched + """
            SELECT substr(d.Date, 1, 4), substr(d.Date, 1, 4), count(*) FROM m JOIN documents d INDEXED BY IX_documents_search ON d.Id = m.Id
            WHERE d.Date IS NOT NULL GROUP BY 1 ORDER BY 1
            """, ct);
        var kinds = await FacetAsync(connection, json, Matched + """
            SELECT d.Kind, d.Kind, count(*) FROM m JOIN documents d INDEXED BY IX_documents_search ON d.Id = m.Id GROUP BY d.Kind ORDER BY 3 DESC, 1
            """, ct);
        kinds = kinds.Select(k => k with
        {
            Key = k.Key.ToLowerInvariant(),
            Label = DocumentKinds.Label(Enum.TryParse<DocumentKind>(k.Key, out var kind) ? kind : DocumentKind.Unknown),
        }).ToList();
        var organs = await FacetAsync(connection, json, Matched + $"""
            SELECT o.Slug, o.Name, count(DISTINCT x.DocumentId) FROM m JOIN document_organs x ON x.DocumentId = m.Id
            JOIN organs o ON o.Id = x.OrganId GROUP BY o.Id ORDER BY 3 DESC, 2 LIMIT {FacetSize}
            """, ct);
        var speakers = await FacetAsync(connection, json, Matched + $"""
            SELECT s.Slug, s.Name, count(DISTINCT x.DocumentId) FROM m JOIN document_speakers x ON x.DocumentId = m.Id
            JOIN speakers s ON s.Id = x.SpeakerId GROUP BY s.Id ORDER BY 3 DESC, 2 LIMIT {FacetSize}
            """, ct);
        var agenda = new List<FacetValue>();
        await using (var command = Command(connection))
        {
            command.CommandText = Matched + $"""
                SELECT o.Slug, a.Session, a.Number, a.SubItem, a.Title, o.Name, o.SessionTerm, count(DISTINCT x.DocumentId)
                FROM m JOIN document_agenda_items x ON x.DocumentId = m.Id JOIN agenda_items a ON a.Id = x.AgendaItemId
                JOIN organs o ON o.Id = a.OrganId GROUP BY a.Id ORDER BY 8 DESC, a.Number, a.SubItem LIMIT {FacetSize}
                """;
            Add(command, "$ids", json);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                int? session = reader.IsDBNull(1) ? null : reader.GetInt32(1);
                var number = reader.GetInt32(2);
                var subItem = reader.GetString(3);
                var key = $"{reader.GetString(0)}:{session}:{number}{subItem}";
                var label = $"Item {number}{(subItem.Length > 0 ? $" ({subItem})" : "")}{(Text(reader, 4) is { } title ? ": " + title : "")}"
                    + $" · {reader.GetString(5)}{(session is int n ? $", {OrdinalNumber(n)} {reader.GetString(6)}" : "")}";
                agenda.Add(new FacetValue(key, label, reader.GetInt32(7)));
            }
        }
        return new SearchFacets(years, kinds, organs, speakers, agenda);
    }

    private async Task<List<FacetValue>> FacetAsync(DbConnection connection, string ids, string sql, CancellationToken ct)
    {
        await using var command = Command(connection);
        command.CommandText = sql;
        Add(command, "$ids", ids);
        var values = new List<FacetValue>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            values.Add(new FacetValue(reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        return values;
    }

    /// <summary>Indexed terms close in spelling to the query's words that the index lacks ("genocde" → "genocid").</summary>
    private async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(DbConnection connection, SearchQuery query, CancellationToken ct)
    {
        var words = Words(query.Text).Select(w => w.ToLowerInvariant()).Where(w => w.Length >= 3 && w.All(char.IsLetter)).Distinct().Take(5).ToList();
        var suggestions = new List<SearchSuggestion>();
        foreach (var word in words)
        {
            await using var command = Command(connection);
            // fts5vocab reads a term range from the index directly; candidates share the first letter.
            command.CommandText = """
                SELECT term, doc FROM documents_fts_vocab
                WHERE term >= $low AND term < $high AND length(term) BETWEEN $shortest AND $longest
                """;
            Add(command, "$low", word[..1]);
            Add(command, "$high", word[..1] + "\uFFFF");
            Add(command, "$shortest", word.Length - 2);
            Add(command, "$longest", word.Length + 2);
            var candidates = new List<(string Term, int Distance, int Documents)>();
            var known = false;
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var term = reader.GetString(0);
                    if (term == word)
                        known = true;
                    var distance = Levenshtein(word, term, 2);
                    if (distance <= (word.Length <= 4 ? 1 : 2))
                        candidates.Add((term, distance, reader.GetInt32(1)));
                }
            }
            if (known)
                continue;
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

    private static string OrdinalNumber(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    // Inside a caller's transaction, Microsoft.Data.Sqlite wants it on every command.
    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
