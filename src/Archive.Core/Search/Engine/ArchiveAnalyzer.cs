using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace Archive.Core.Search.Engine;

/// <summary>
/// How text becomes index terms, the same for documents and queries: words are runs of letters, digits and marks (as
/// SQLite's unicode61 tokenizer had them, so "COVID-19" is two words and "Musayev's" is "musayev" and "s"), lower-cased,
/// folded to ASCII ("Əliyev" → "aliyev", "Straße" → "strasse") and, except for <see cref="Words"/>, Porter-stemmed
/// ("negotiations" → "negoti").
/// </summary>
public static class ArchiveAnalyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Stemmed terms: what queries match.</summary>
    public static Analyzer Stemmed { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(Folded(tokenizer)));
    });

    /// <summary>Whole words, folded but not stemmed: what spelling suggestions offer.</summary>
    public static Analyzer Words { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WordTokenizer(reader);
        return new TokenStreamComponents(tokenizer, Folded(tokenizer));
    });

    /// <summary>The analyzer of each field: <see cref="SearchFields.Words"/> whole words, the rest stemmed.</summary>
    public static Analyzer PerField { get; } = new PerFieldAnalyzerWrapper(Stemmed, new Dictionary<string, Analyzer> { [SearchFields.Words] = Words });

    private static TokenStream Folded(Tokenizer tokenizer) => new ASCIIFoldingFilter(new LowerCaseFilter(Version, new LetterFolding(tokenizer)));

    /// <summary>
    /// A body's stemmed terms (as <see cref="Stemmed"/> makes them) that also hands each whole word starting within the
    /// first <paramref name="vocabularyChars"/> characters to <paramref name="vocabulary"/> as it passes, folded but not
    /// stemmed: the suggestion vocabulary without reading the body a second time.
    /// </summary>
    public static TokenStream StemmedCollecting(string text, Vocabulary vocabulary, int vocabularyChars)
    {
        var tokenizer = new WordTokenizer(text);
        return new PorterStemFilter(new VocabularyFilter(Folded(tokenizer), vocabulary, vocabularyChars));
    }

    /// <summary>The terms a piece of query text becomes, in order.</summary>
    public static List<string> Terms(string text, Analyzer analyzer)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>True for a character words are made of (as the tokenizer has them).</summary>
    public static bool IsWordChar(int c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    private sealed class VocabularyFilter(TokenStream input, Vocabulary vocabulary, int limit) : TokenFilter(input)
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term =
            input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        private readonly Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute _offset =
            input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
                return false;
            if (_offset.StartOffset < limit)
                vocabulary.Add(_term.Buffer.AsSpan(0, _term.Length));
            return true;
        }

        public override void End()
        {
            base.End();
            vocabulary.Complete();
        }
    }

    /// <summary>
    /// The letters ASCII folding leaves alone or folds otherwise than <see cref="Import.TextFolding"/> does (the schwa of
    /// Azerbaijani names above all), so a document and a query fold them alike.
    /// </summary>
    private sealed class LetterFolding(TokenStream input) : TokenFilter(input)
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term =
            input.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
                return false;
            var buffer = _term.Buffer;
            for (var i = 0; i < _term.Length; i++)
            {
                if (buffer[i] is '\u0259' or '\u018f')
                    buffer[i] = 'a';
            }
            return true;
        }
    }
}
