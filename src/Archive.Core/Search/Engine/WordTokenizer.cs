using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Archive.Core.Search.Engine;

/// <summary>
/// Words as <see cref="ArchiveAnalyzer.IsWordChar"/> has them, with the tokens, offsets and 255-character cut of Lucene's
/// CharTokenizer, but scanning the whole text as one span (given as a string, or read from the reader once) with a table
/// for ASCII: CharTokenizer refills a 4,096-character buffer through the reader and decodes every code point, a third
/// of a body's analysis.
/// </summary>
internal sealed class WordTokenizer : Tokenizer
{
    // CharTokenizer's limit: a longer run of word characters is cut into tokens of this many characters.
    private const int MaxWordLength = 255;

    private static readonly bool[] AsciiWordChar = Enumerable.Range(0, 128).Select(ArchiveAnalyzer.IsWordChar).ToArray();

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private string? _text;
    private char[] _read = [];
    private int _length;
    private int _next;

    /// <summary>Over what <paramref name="reader"/> holds (an analyzer's reused tokenizer).</summary>
    public WordTokenizer(TextReader reader) : base(reader)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    /// <summary>Over <paramref name="text"/> itself, without copying it.</summary>
    public WordTokenizer(string text) : this(new StringReader(""))
    {
        _text = text;
    }

    private ReadOnlySpan<char> Text => _text is { } text ? text.AsSpan() : _read.AsSpan(0, _length);

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        if (_text is not null)
        {
            _length = _text.Length;
            return;
        }
        _length = 0;
        while (true)
        {
            if (_length == _read.Length)
                Array.Resize(ref _read, Math.Max(4096, _read.Length * 2));
            var read = m_input.Read(_read, _length, _read.Length - _length);
            if (read <= 0)
                break;
            _length += read;
        }
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        var text = Text;
        var i = _next;
        var start = -1;
        var buffer = _term.Buffer;
        var length = 0;
        while (i < text.Length)
        {
            int c = text[i];
            var width = 1;
            bool word;
            if (c < 128)
            {
                word = AsciiWordChar[c];
            }
            else
            {
                if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    c = char.ConvertToUtf32((char)c, text[i + 1]);
                    width = 2;
                }
                word = ArchiveAnalyzer.IsWordChar(c);
            }
            if (word)
            {
                if (start < 0)
                    start = i;
                if (length + width > buffer.Length)
                    buffer = _term.ResizeBuffer(length + width);
                buffer[length++] = text[i];
                if (width == 2)
                    buffer[length++] = text[i + 1];
                i += width;
                if (length >= MaxWordLength)
                    break;
            }
            else
            {
                i += width;
                if (start >= 0)
                {
                    i -= width;
                    break;
                }
            }
        }
        _next = i;
        if (start < 0)
            return false;
        _term.Length = length;
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(start + length));
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _read.Length > 1 << 20)
            _read = [];
    }
}
