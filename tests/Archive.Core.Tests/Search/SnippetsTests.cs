using Archive.Core.Search;

namespace Archive.Core.Tests.Search;

public class SnippetsTests
{
    [Fact]
    public void Cut_drops_markdown_marks_but_keeps_the_texts_own_characters()
    {
        const string Body = "# Heading\n> Quoted **word** where a > b, <b>tag</b>, file_name and __under__.";
        var word = Body.IndexOf("word", StringComparison.Ordinal);
        var fragments = Snippets.Cut(Body, [(word, word + 4)]);

        var fragment = Assert.Single(fragments);
        var text = string.Concat(fragment.Select(p => p.Text));
        Assert.Equal("Heading Quoted word where a > b, <b>tag</b>, file_name and under .", text.Trim());
        Assert.Equal("word", Assert.Single(fragment, p => p.IsMatch).Text);
    }
}
