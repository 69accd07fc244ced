using Archive.Core.Documents;
using Archive.Core.Search.Engine;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Archive.Core.Tests.Search;

/// <summary>What one document puts into the index: here, the suggestion vocabulary gathered while its body is analysed.</summary>
public class IndexedDocumentTests
{
    [Fact]
    public void ToLucene_puts_the_body_s_whole_words_of_its_opening_in_the_vocabulary_and_its_stems_in_the_body()
    {
        var opening = "Négotiations on Nagorno-Karabakh continued. ";
        var filler = string.Concat(Enumerable.Repeat("peace ", IndexedDocument.VocabularyChars / 6));
        var body = opening + filler + "Farfetchedword closes the speech.";

        using var directory = IndexOf(body);
        using var reader = DirectoryReader.Open(directory);

        var words = Terms(reader, SearchFields.Words);
        Assert.Contains("negotiations", words);
        Assert.Contains("karabakh", words);
        Assert.Contains("peace", words);
        Assert.Contains("geneva", words);
        Assert.DoesNotContain("farfetchedword", words);
        Assert.DoesNotContain("negoti", words);
        var stems = Terms(reader, SearchFields.Body);
        Assert.Contains("negoti", stems);
        Assert.Contains("farfetchedword", stems);
        Assert.DoesNotContain("negotiations", stems);
    }

    [Fact]
    public void ToLucene_vocabulary_is_what_analysing_the_opening_on_its_own_gives()
    {
        // 40 characters a unit, so the opening ends between two units; the units after it name words the opening lacks.
        var body = string.Concat(Enumerable.Range(0, 600).Select(i => $"w{i:D4} Çağrı COVID-19 Musayev's Straße   "));
        Assert.Equal(0, IndexedDocument.VocabularyChars % 40);

        using var directory = IndexOf(body);
        using var reader = DirectoryReader.Open(directory);

        var expected = ArchiveAnalyzer.Terms(body[..IndexedDocument.VocabularyChars] + " Geneva", ArchiveAnalyzer.Words).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), Terms(reader, SearchFields.Words).Order(StringComparer.Ordinal));
        Assert.Contains("w0599", Terms(reader, SearchFields.Body));
    }

    private static RAMDirectory IndexOf(string body)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveAnalyzer.Version, ArchiveAnalyzer.PerField));
        writer.AddDocument(new IndexedDocument(1, DocumentKind.Statement, null, body, "Geneva", null, null, [], [], [], [], [], []).ToLucene());
        return directory;
    }

    private static HashSet<string> Terms(IndexReader reader, string field)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var iterator = MultiFields.GetTerms(reader, field).GetEnumerator();
        while (iterator.MoveNext())
            terms.Add(iterator.Term.Utf8ToString());
        return terms;
    }
}
