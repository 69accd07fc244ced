using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Engine;

/// <summary>
/// The distinct whole words of one document's body, gathered while the body is analysed
/// (<see cref="ArchiveAnalyzer.StemmedCollecting"/>), then given to the index as the body's part of
/// <see cref="SearchFields.Words"/>. Lucene inverts a document's fields in the order of their names, so "body" is read
/// before "words"; should it ever be otherwise, the opening of the body is analysed for them on its own, as before.
/// </summary>
public sealed class Vocabulary(string body, int limit)
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private bool _complete;

    public void Add(ReadOnlySpan<char> word) => _words.GetAlternateLookup<ReadOnlySpan<char>>().Add(word);

    /// <summary>The body was read to its end.</summary>
    public void Complete() => _complete = true;

    /// <summary>The words as a token stream, one token each (the field keeps documents only, so order and repeats do not count).</summary>
    public TokenStream Stream() => new WordStream(this);

    private IReadOnlyCollection<string> Words()
    {
        if (!_complete)
        {
            _words.Clear();
            _words.UnionWith(ArchiveAnalyzer.Terms(body.Length > limit ? body[..limit] : body, ArchiveAnalyzer.Words));
            _complete = true;
        }
        return _words;
    }

    private sealed class WordStream : TokenStream
    {
        private readonly Vocabulary _vocabulary;
        private readonly ICharTermAttribute _term;
        private IEnumerator<string>? _next;

        public WordStream(Vocabulary vocabulary)
        {
            _vocabulary = vocabulary;
            _term = AddAttribute<ICharTermAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            _next = _vocabulary.Words().GetEnumerator();
        }

        public override bool IncrementToken()
        {
            if (_next is null || !_next.MoveNext())
                return false;
            ClearAttributes();
            _term.SetEmpty().Append(_next.Current);
            return true;
        }
    }
}
