using System.Text;
using Archive.Core.Search.Engine;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

/// <summary>The index's tokenizer gives exactly the tokens and offsets of Lucene's CharTokenizer with the same word characters.</summary>
public class WordTokenizerTests
{
    // Letters of several scripts, digits, marks, separators, a letter outside the BMP, an emoji, lone surrogates.
    private static readonly string[] Pieces =
    [
        "a", "Z", "7", " ", "-", "'", ".", "\n", "é", "ß", "Ə", "ı", "ж", "ع", "中", "\u0301", "\u00A0", "𝐀", "😀", "\uD800", "\uDC00",
        "COVID-19", "Musayev's", "Nagorno-Karabakh", "٣", "ⅷ",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Tokens_and_offsets_are_char_tokenizer_s_on_random_text(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(0, 200);
            for (var i = 0; i < pieces; i++)
                text.Append(random.Next(20) == 0 ? new string('w', random.Next(200, 600)) : Pieces[random.Next(Pieces.Length)]);
            var input = text.ToString();

            var expected = Tokens(new ReferenceTokenizer(new StringReader(input)));
            Assert.Equal(expected, Tokens(new WordTokenizer(new StringReader(input))));
            Assert.Equal(expected, Tokens(new WordTokenizer(input)));
        }
    }

    [Fact]
    public void Tokens_of_a_text_longer_than_char_tokenizer_s_buffer_are_the_same()
    {
        var input = string.Concat(Enumerable.Range(0, 2000).Select(i => $"word{i} 😀𝐀é{new string('x', i % 300)} "));

        Assert.Equal(Tokens(new ReferenceTokenizer(new StringReader(input))), Tokens(new WordTokenizer(input)));
    }

    private static List<(string Term, int Start, int End)> Tokens(Tokenizer tokenizer)
    {
        var tokens = new List<(string, int, int)>();
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        tokenizer.End();
        tokens.Add(("<end>", offset.StartOffset, offset.EndOffset));
        tokenizer.Dispose();
        return tokens;
    }

    private sealed class ReferenceTokenizer(TextReader reader) : CharTokenizer(LuceneVersion.LUCENE_48, reader)
    {
        protected override bool IsTokenChar(int c) => ArchiveAnalyzer.IsWordChar(c);
    }
}
