using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Documents;
using Archive.Core.Import;

namespace Archive.Core.Search;

/// <summary>
/// The archive's query language (docs/search.md): words, "phrases", -exclusions, OR, prefix*, NEAR(…), (groups) and field
/// filters. It never throws: anything it cannot read is repaired with a notice (an unclosed quote is closed, a stray OR is
/// dropped) or, for a filter value it cannot understand, reported as an error so the page can explain it.
/// </summary>
public static partial class QueryParser
{
    public const int MaxLength = 500;
    public const int MaxTerms = 64;
    private const int MaxDepth = 8;
    private const int MaxNearDistance = 100;
    private const int DefaultNearDistance = 10;

    public static SearchQuery Parse(string? input)
    {
        var text = Clean(input ?? "", out var truncated);
        var state = new Parser(Lex(text));
        if (truncated)
            state.Notices.Add($"Only the first {MaxLength} characters of the query were searched.");
        var node = state.ParseTop();
        return new SearchQuery(input ?? "", node, state.Filters, state.Notices.Distinct().ToList(), state.Errors.Distinct().ToList());
    }

    /// <summary>
    /// Reads one filter value given outside the query (a facet link or the from/to fields) as the query would read
    /// <c>field:value</c>; null with <paramref name="error"/> set when the value makes no sense.
    /// </summary>
    public static SearchFilter? ParseFilter(string field, string value, out string? error)
    {
        var parser = new Parser([]);
        var filter = parser.Filter(field, Clean(value, out _).Trim(), exclude: false);
        error = parser.Errors.FirstOrDefault();
        return error is null ? filter : null;
    }

    // Control characters and lone surrogates would reach SQLite as garbage (and break Unicode normalisation), so they become spaces.
    private static string Clean(string input, out bool truncated)
    {
        truncated = input.Length > MaxLength;
        var source = truncated ? input[..MaxLength] : input;
        var sb = new StringBuilder(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                sb.Append(c).Append(source[++i]);
            }
            else if (char.IsSurrogate(c) || char.IsControl(c) || c == '\uFEFF' || c is >= '\uFDD0' and <= '\uFDEF' || (c & 0xFFFE) == 0xFFFE)
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private enum TokenKind { Word, Phrase, Open, Close, Or, Not, Minus, Near, Field }

    private sealed record Token(TokenKind Kind, string Text, bool Prefix = false, string? Field = null, bool Quoted = false, bool Unclosed = false);

    private static List<Token> Lex(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.Close, ")"));
                i++;
            }
            else if (c == '"' || c == '\u201C' || c == '\u201D')
            {
                tokens.Add(ReadPhrase(text, ref i, null));
            }
            else if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-')
            {
                tokens.Add(new Token(TokenKind.Minus, "-"));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or '"' or '\u201C' or '\u201D'))
                    i++;
                var word = text[start..i];
                var colon = word.IndexOf(':');
                if (word == "OR" || word == "|")
                {
                    tokens.Add(new Token(TokenKind.Or, word));
                }
                else if (word == "NOT")
                {
                    tokens.Add(new Token(TokenKind.Not, word));
                }
                else if (word == "AND" || word == "&&")
                {
                    // Words are all required anyway.
                }
                else if (word.Equals("NEAR", StringComparison.Ordinal) && i < text.Length && text[i] == '(')
                {
                    tokens.Add(new Token(TokenKind.Near, word));
                    i++;
                }
                else if (colon > 0 && FieldNames.Contains(word[..colon]))
                {
                    var field = word[..colon].ToLowerInvariant();
                    var value = word[(colon + 1)..];
                    if (value.Length == 0 && i < text.Length && text[i] is '"' or '\u201C' or '\u201D')
                    {
                        var phrase = ReadPhrase(text, ref i, field);
                        tokens.Add(phrase);
                    }
                    else if (value.Length == 0 && i < text.Length && text[i] == '(')
                    {
                        tokens.Add(new Token(TokenKind.Field, "", Field: field));
                    }
                    else
                    {
                        // "agenda:68(b)": the sub-item's brackets belong to the value.
                        if (AgendaNumber().IsMatch(value) && i + 2 < text.Length && text[i] == '(' && char.IsLetter(text[i + 1]) && text[i + 2] == ')')
                        {
                            value += text[i..(i + 3)];
                            i += 3;
                        }
                        // speaker:musa* is a prefix like musa*; symbol:A/79/* keeps its star (the filter reads it).
                        var starred = value.EndsWith('*') && value.TrimEnd('*').Length > 0;
                        tokens.Add(new Token(TokenKind.Field, starred ? value.TrimEnd('*') : value, starred, field));
                    }
                }
                else
                {
                    var prefix = word.EndsWith('*');
                    tokens.Add(new Token(TokenKind.Word, word.TrimEnd('*'), prefix));
                }
            }
        }
        return tokens;
    }

    private static Token ReadPhrase(string text, ref int i, string? field)
    {
        var start = ++i;
        while (i < text.Length && text[i] is not ('"' or '\u201C' or '\u201D'))
            i++;
        var unclosed = i >= text.Length;
        var content = text[start..Math.Min(i, text.Length)];
        i = Math.Min(i + 1, text.Length);
        var prefix = false;
        while (i < text.Length && text[i] == '*')
        {
            prefix = true;
            i++;
        }
        return field is null
            ? new Token(TokenKind.Phrase, content, prefix, Unclosed: unclosed)
            : new Token(TokenKind.Field, content, prefix, field, Quoted: true, Unclosed: unclosed);
    }

    private static readonly HashSet<string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "speaker", "by", "organ", "agenda", "kind", "type", "symbol", "year", "date", "title", "event", "body",
    };

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;
        private int _depth;
        private int _terms;

        public List<SearchFilter> Filters { get; } = [];
        public List<string> Notices { get; } = [];
        public List<string> Errors { get; } = [];

        private Token? Peek => _position < tokens.Count ? tokens[_position] : null;

        public QueryNode? ParseTop()
        {
            var parts = new List<QueryNode>();
            while (Peek is not null)
            {
                if (Peek.Kind == TokenKind.Close)
                {
                    Notices.Add("A closing bracket without an opening one was ignored.");
                    _position++;
                    continue;
                }
                if (ParseOr(topLevel: true) is { } node)
                    parts.Add(node);
            }
            return parts.Count switch
            {
                0 => null,
                1 => parts[0],
                _ => Flatten(parts),
            };
        }

        // Parts split by a stray ')' are all required, as if the bracket were not there.
        private static QueryNode Flatten(List<QueryNode> parts)
        {
            var include = new List<QueryNode>();
            var exclude = new List<QueryNode>();
            foreach (var part in parts)
            {
                if (part is QueryNode.All all)
                {
                    include.AddRange(all.Include);
                    exclude.AddRange(all.Exclude);
                }
                else
                {
                    include.Add(part);
                }
            }
            return new QueryNode.All(include, exclude);
        }

        private QueryNode? ParseOr(bool topLevel)
        {
            var items = new List<QueryNode>();
            var filtersApplyToAll = topLevel && !HasOrAhead();
            var branchFilters = new List<int>();
            var notices = Notices.Count;
            while (true)
            {
                while (Peek?.Kind == TokenKind.Or)
                {
                    Notices.Add("OR needs words on both sides; the extra OR was ignored.");
                    _position++;
                }
                var filtersBefore = Filters.Count;
                var and = ParseAnd(filtersApplyToAll);
                branchFilters.Add(and is null ? Filters.Count - filtersBefore : -1);
                if (and is not null)
                    items.Add(and);
                if (Peek?.Kind != TokenKind.Or)
                    break;
                _position++;
                if (Peek is null || Peek.Kind == TokenKind.Close)
                {
                    Notices.Add("OR needs words on both sides; the extra OR was ignored.");
                    break;
                }
            }
            if (topLevel && items.Count == 0 && branchFilters.Count > 1 && branchFilters.All(n => n == 1))
                JoinFilters(branchFilters.Count, notices);
            if (items.Count <= 1)
                return items.FirstOrDefault();
            var usable = items.Where(i => i is not QueryNode.All { Include.Count: 0 }).ToList();
            if (usable.Count < items.Count)
                Notices.Add("A part of an OR that only excludes words cannot be searched on its own and was left out.");
            return usable.Count switch
            {
                0 => null,
                1 => usable[0],
                _ => new QueryNode.Any(usable),
            };
        }

        // "year:2017 OR year:2025", "kind:letter OR kind:statement": an OR of nothing but filters on one field is a list.
        private void JoinFilters(int count, int notices)
        {
            var last = Filters.Skip(Filters.Count - count).ToList();
            if (last.Any(f => f.Exclude || f.Field != last[0].Field))
                return;
            Filters.RemoveRange(Filters.Count - count, count);
            Filters.Add(new SearchFilter(last[0].Field, string.Join(',', last.Select(f => f.Text)), false)
            {
                AnyOf = last.SelectMany(f => f.AnyOf ?? [f]).ToList(),
            });
            for (var i = Notices.Count - 1; i >= notices; i--)
            {
                if (Notices[i].EndsWith("applies to the whole query, not only to its part in brackets or OR.", StringComparison.Ordinal))
                    Notices.RemoveAt(i);
            }
        }

        private bool HasOrAhead()
        {
            var depth = 0;
            for (var i = _position; i < tokens.Count; i++)
            {
                switch (tokens[i].Kind)
                {
                    case TokenKind.Open or TokenKind.Near:
                        depth++;
                        break;
                    case TokenKind.Close when depth == 0:
                        return false;
                    case TokenKind.Close:
                        depth--;
                        break;
                    case TokenKind.Or when depth == 0:
                        return true;
                }
            }
            return false;
        }

        // topLevel: filters here apply to the whole query; elsewhere they are lifted out with a notice.
        private QueryNode? ParseAnd(bool topLevel)
        {
            var include = new List<QueryNode>();
            var exclude = new List<QueryNode>();
            while (Peek is { } token && token.Kind is not (TokenKind.Or or TokenKind.Close))
            {
                var negate = false;
                while (Peek?.Kind is TokenKind.Minus or TokenKind.Not)
                {
                    negate = true;
                    _position++;
                }
                if (Peek is null || Peek.Kind is TokenKind.Or or TokenKind.Close)
                {
                    Notices.Add("A minus sign or NOT with nothing after it was ignored.");
                    break;
                }
                var node = ParsePrimary(negate, topLevel);
                if (node is null)
                    continue;
                (negate ? exclude : include).Add(node);
            }
            if (include.Count == 0 && exclude.Count == 0)
                return null;
            if (exclude.Count == 0 && include.Count == 1)
                return include[0];
            return new QueryNode.All(include, exclude);
        }

        private QueryNode? ParsePrimary(bool negate, bool topLevel)
        {
            var token = tokens[_position++];
            switch (token.Kind)
            {
                case TokenKind.Word:
                    if (token.Text == "or" && !token.Prefix && _position > 1 && Peek?.Kind is TokenKind.Word or TokenKind.Phrase)
                        Notices.Add("Lower-case or was searched as a word; to find documents with either word, write OR in capitals.");
                    return Leaf(token.Text, token.Prefix, phrase: false);
                case TokenKind.Phrase:
                    if (token.Unclosed)
                        Notices.Add("A quotation mark was not closed; the phrase was taken to run to the end.");
                    return Leaf(token.Text, token.Prefix, phrase: true);
                case TokenKind.Open:
                    return Group();
                case TokenKind.Near:
                    return Near();
                case TokenKind.Field:
                    return Field(token, negate, topLevel);
                default:
                    return null;
            }
        }

        private QueryNode? Group()
        {
            if (_depth >= MaxDepth)
            {
                Notices.Add($"Brackets nested more than {MaxDepth} deep were ignored.");
                return null;
            }
            _depth++;
            var inner = ParseOr(topLevel: false);
            _depth--;
            if (Peek?.Kind == TokenKind.Close)
                _position++;
            else
                Notices.Add("A bracket was not closed; it was taken to close at the end.");
            return inner;
        }

        private QueryNode? Near()
        {
            var items = new List<QueryNode>();
            int? distance = null;
            var expectDistance = false;
            while (Peek is { } token && token.Kind != TokenKind.Close)
            {
                _position++;
                if (token.Kind is TokenKind.Word or TokenKind.Phrase)
                {
                    var text = token.Text;
                    if (token.Kind == TokenKind.Word)
                    {
                        // "finance,5" is a word and the distance.
                        var comma = text.LastIndexOf(',');
                        if (comma > 0 && comma < text.Length - 1 && int.TryParse(text[(comma + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var glued))
                        {
                            distance = glued;
                            text = text[..comma];
                        }
                        if (text.StartsWith(','))
                        {
                            expectDistance = true;
                            text = text.TrimStart(',');
                        }
                        if (expectDistance && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d))
                        {
                            distance = d;
                            expectDistance = false;
                            continue;
                        }
                        if (text.EndsWith(','))
                        {
                            expectDistance = true;
                            text = text.TrimEnd(',');
                        }
                    }
                    if (Leaf(text, token.Prefix, token.Kind == TokenKind.Phrase) is { } leaf)
                        items.Add(leaf);
                }
                else if (token.Kind == TokenKind.Field)
                {
                    if (Leaf(token.Field + " " + token.Text, token.Prefix, phrase: true) is { } leaf)
                        items.Add(leaf);
                }
                else if (token.Kind is TokenKind.Open or TokenKind.Near)
                {
                    Notices.Add("NEAR(…) takes only words and phrases; the brackets inside it were ignored.");
                    SkipToClose();
                }
            }
            if (Peek?.Kind == TokenKind.Close)
                _position++;
            else
                Notices.Add("NEAR( was not closed; it was taken to close at the end.");
            if (distance is > MaxNearDistance)
            {
                Notices.Add($"NEAR distances above {MaxNearDistance} are searched as {MaxNearDistance}.");
                distance = MaxNearDistance;
            }
            return items.Count switch
            {
                0 => null,
                1 => items[0],
                _ => new QueryNode.Near(items, distance ?? DefaultNearDistance),
            };
        }

        private void SkipToClose()
        {
            var depth = 1;
            while (Peek is { } token)
            {
                if (token.Kind is TokenKind.Open or TokenKind.Near)
                    depth++;
                if (token.Kind == TokenKind.Close && --depth == 0)
                    return;
                _position++;
            }
        }

        private QueryNode? Field(Token token, bool negate, bool topLevel)
        {
            var field = token.Field!;
            if (token.Unclosed)
                Notices.Add("A quotation mark was not closed; the phrase was taken to run to the end.");
            string[]? columns = field switch
            {
                "speaker" or "by" => ["speakers"],
                "organ" => ["organs"],
                "title" => ["title"],
                "event" => ["event"],
                "body" => ["body", "body_folded"],
                "agenda" when !AgendaNumber().IsMatch(token.Text.Trim()) => ["agenda"],
                _ => null,
            };
            if (columns is not null)
            {
                QueryNode? inner;
                if (token.Text.Length == 0 && !token.Quoted && Peek?.Kind == TokenKind.Open)
                {
                    _position++;
                    inner = Group();
                }
                else if (field == "organ" && !token.Prefix && OrganAbbreviation(token.Text) is { } organ)
                {
                    inner = Leaf(organ, prefix: false, phrase: true);
                }
                else
                {
                    inner = Leaf(token.Text, token.Prefix, token.Quoted);
                }
                if (inner is null)
                {
                    Notices.Add($"{field}: had nothing to search for and was ignored.");
                    return null;
                }
                return new QueryNode.Columns(columns, inner);
            }

            if (token.Text.Trim().Length == 0)
            {
                Notices.Add($"{field}: had nothing to search for and was ignored.");
                return null;
            }
            if (!topLevel)
                Notices.Add($"{field}: applies to the whole query, not only to its part in brackets or OR.");
            if (Filter(field, token.Text.Trim() + (token.Prefix ? "*" : ""), negate) is { } filter)
                Filters.Add(filter);
            return null;
        }

        public SearchFilter? Filter(string field, string value, bool exclude)
        {
            if (field.ToLowerInvariant() is "kind" or "type" or "year" or "date" && value.Contains(',', StringComparison.Ordinal))
            {
                // year:2017,2025 and kind:letter,statement: any of the values.
                var values = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var errors = Errors.Count;
                var alternatives = values.Take(MaxTerms).Select(v => Filter(field, v, exclude: false)).ToList();
                if (values.Length == 0 || Errors.Count > errors)
                {
                    if (values.Length == 0)
                        Errors.Add($"{field}:{value} lists no value; separate values with commas, as in year:2017,2019.");
                    return null;
                }
                return new SearchFilter(alternatives[0]!.Field, value, exclude) { AnyOf = alternatives.OfType<SearchFilter>().ToList() };
            }
            switch (field.ToLowerInvariant())
            {
                case "kind" or "type":
                    if (ParseKind(value) is { } kind)
                        return new SearchFilter(FilterField.Kind, value, exclude) { Kind = kind };
                    Errors.Add($"kind:{value} is not a kind of document the archive knows. Use one of: "
                        + string.Join(", ", Enum.GetValues<DocumentKind>().Where(k => k != DocumentKind.Unknown).Select(QuotedLabel)) + ".");
                    return null;
                case "year" or "date":
                    if (ParseDateRange(value) is var (from, to) && (from is not null || to is not null) && (from is null || to is null || from <= to))
                        return new SearchFilter(FilterField.Date, value, exclude) { From = from, To = to };
                    Errors.Add($"{field}:{value} is not a date or a range the archive can read. Write 2019, 2019-11, 2019-11-27, "
                        + "or a range such as 2019-11..2020-06 (either end may be left open: ..2020, 2019..).");
                    return null;
                case "symbol":
                    var symbol = value.ToUpperInvariant();
                    var prefix = symbol.EndsWith('*');
                    symbol = symbol.TrimEnd('*');
                    if (symbol.Length == 0 || symbol.Length > 100)
                    {
                        Errors.Add($"symbol:{value} is not a UN document symbol such as A/79/875 or S/2025/248.");
                        return null;
                    }
                    return new SearchFilter(FilterField.Symbol, value, exclude) { Symbol = symbol, SymbolPrefix = prefix };
                case "agenda":
                    var match = AgendaNumber().Match(value);
                    if (!match.Success)
                    {
                        Errors.Add($"agenda:{value} is not an agenda item number such as 130 or 68 (b).");
                        return null;
                    }
                    return new SearchFilter(FilterField.AgendaNumber, value, exclude)
                    {
                        AgendaNumber = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture),
                        AgendaSubItem = match.Groups["s"].Success ? match.Groups["s"].Value.ToLowerInvariant() : null,
                    };
                case "agenda-item":
                    // A facet key: organ slug, session (may be empty), number and sub-item: "general-assembly:74:130" or "…:68b".
                    var key = AgendaKey().Match(value);
                    if (!key.Success)
                    {
                        Errors.Add($"The agenda item \"{value}\" is not one the archive can look up.");
                        return null;
                    }
                    return new SearchFilter(FilterField.AgendaItem, value, exclude)
                    {
                        Slug = key.Groups["organ"].Value,
                        AgendaSession = key.Groups["session"].Length > 0 ? int.Parse(key.Groups["session"].Value, CultureInfo.InvariantCulture) : null,
                        AgendaNumber = int.Parse(key.Groups["n"].Value, CultureInfo.InvariantCulture),
                        AgendaSubItem = key.Groups["s"].Value,
                    };
                case "organ-slug" or "speaker-slug":
                    if (!Slug().IsMatch(value))
                    {
                        Errors.Add($"\"{value}\" is not a {field[..^5]} the archive can look up.");
                        return null;
                    }
                    return new SearchFilter(field == "organ-slug" ? FilterField.Organ : FilterField.Speaker, value, exclude) { Slug = value };
                default:
                    Errors.Add($"{field}: is not a filter the archive knows.");
                    return null;
            }
        }

        private static string QuotedLabel(DocumentKind kind)
        {
            var label = DocumentKinds.Label(kind);
            return label.Contains(' ') ? $"kind:\"{label}\"" : $"kind:{label}";
        }

        private QueryNode? Leaf(string text, bool prefix, bool phrase)
        {
            if (!HasTokenCharacter(text))
                return null;
            if (++_terms > MaxTerms)
            {
                Notices.Add($"Only the first {MaxTerms} words were searched.");
                return null;
            }
            string folded;
            try
            {
                folded = TextFolding.ToAscii(text);
            }
            catch (ArgumentException)
            {
                // Normalisation refuses some code points; the tokenizer still folds the usual diacritics.
                folded = text;
            }
            var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!phrase && words.Length == 1)
            {
                // "Musayev's" finds Musayev: the tokenizer splits at the apostrophe, and a lone "s" after the name would
                // leave out every document that names him without the possessive. A quoted "Musayev's" stays exact.
                var possessive = Possessive().Match(words[0]);
                if (possessive.Success)
                    words[0] = possessive.Groups["w"].Value;
            }
            if (phrase && words.Length == 1 && words[0].EndsWith('*'))
            {
                words[0] = words[0].TrimEnd('*');
                prefix = true;
            }
            return phrase && words.Length > 1
                ? new QueryNode.Phrase(string.Join(' ', words), prefix)
                : new QueryNode.Term(string.Join(' ', words), prefix);
        }
    }

    /// <summary>True when the FTS tokenizer (unicode61: letters, numbers, private use) finds at least one token in the text.</summary>
    internal static bool HasTokenCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsLetterOrDigit(rune) || category is UnicodeCategory.OtherNumber or UnicodeCategory.LetterNumber or UnicodeCategory.PrivateUse)
                return true;
        }
        return false;
    }

    // organ:sc, organ:GA, organ:ohchr: the short names staff use, for the organ's full name as the documents give it.
    private static readonly Dictionary<string, string> OrganAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ga"] = OrganNames.GeneralAssembly,
        ["unga"] = OrganNames.GeneralAssembly,
        ["sc"] = OrganNames.SecurityCouncil,
        ["unsc"] = OrganNames.SecurityCouncil,
        ["hrc"] = OrganNames.HumanRightsCouncil,
        ["ecosoc"] = OrganNames.EconomicAndSocialCouncil,
        ["ohchr"] = OrganNames.Ohchr,
        ["unog"] = OrganNames.UnOfficeGeneva,
        ["csw"] = "Commission on the Status of Women",
        ["pbc"] = "Peacebuilding Commission",
        ["icj"] = "International Court of Justice",
    };

    private static string? OrganAbbreviation(string value) =>
        OrganAbbreviations.TryGetValue(value.Trim().Trim('.').Replace(".", "", StringComparison.Ordinal), out var name) ? name : null;

    internal static DocumentKind? ParseKind(string value)
    {
        var key = new string(value.Where(char.IsLetter).ToArray()).ToLowerInvariant();
        if (key.EndsWith('s') && key is not ("identicalletters" or "news"))
            key = key[..^1];
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            if (kind != DocumentKind.Unknown && kind.ToString().Equals(key, StringComparison.OrdinalIgnoreCase))
                return kind;
        }
        return key switch
        {
            "news" => DocumentKind.NewsReport,
            "note" => DocumentKind.NoteVerbale,
            "eov" => DocumentKind.ExplanationOfVote,
            "reply" => DocumentKind.RightOfReply,
            "unknown" or "unknownkind" => DocumentKind.Unknown,
            _ => null,
        };
    }

    /// <summary>"2019" → the year; "2019-11" → the month; "2019-11-27" → the day; "a..b" from a's start to b's end, either open.</summary>
    internal static (DateOnly? From, DateOnly? To)? ParseDateRange(string value)
    {
        var dots = value.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return ParseDate(value) is { } single ? (single.Start, single.End) : null;
        }
        var left = value[..dots].Trim();
        var right = value[(dots + 2)..].Trim();
        DateOnly? from = null, to = null;
        if (left.Length > 0)
        {
            if (ParseDate(left) is not { } start)
                return null;
            from = start.Start;
        }
        if (right.Length > 0)
        {
            if (ParseDate(right) is not { } end)
                return null;
            to = end.End;
        }
        return (from, to);
    }

    private static (DateOnly Start, DateOnly End)? ParseDate(string value)
    {
        var match = DatePart().Match(value.Trim());
        if (!match.Success)
            return null;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || year > 9999)
            return null;
        if (!match.Groups["m"].Success)
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return null;
        if (!match.Groups["d"].Success)
            return (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        var date = new DateOnly(year, month, day);
        return (date, date);
    }

    // [0-9], not \d: \d also takes Arabic-Indic ٢٠١٩ and fullwidth ２０１９, which int.Parse refuses.
    [GeneratedRegex(@"^(?<y>[0-9]{4})(-(?<m>[0-9]{1,2})(-(?<d>[0-9]{1,2}))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePart();

    // "agenda:130", "agenda:68b", "agenda:68(b)", "agenda:\"68 (b)\"".
    [GeneratedRegex(@"^(?<n>[0-9]{1,4})\s*(\(?(?<s>[a-zA-Z])\)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaNumber();

    [GeneratedRegex(@"^(?<organ>[a-z0-9-]{1,100}):(?<session>[0-9]{0,4}):(?<n>[0-9]{1,4})(?<s>[a-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgendaKey();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    [GeneratedRegex(@"^(?<w>.*[\p{L}\p{N}])['\u2019]s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Possessive();
}
