using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class TextRulesTests
{
    [Theory]
    [InlineData("# Explanation of Position by the United Kingdom", "Explanation of Position by the United Kingdom")]
    [InlineData("### Statement ###", "Statement")]
    [InlineData("**Statement by H.E. Mr. Yashar Aliyev**", "Statement by H.E. Mr. Yashar Aliyev")]
    [InlineData("#hashtag diplomacy", "#hashtag diplomacy")]
    [InlineData("####### seven", "####### seven")]
    [InlineData("Resolution 822 (1993) #1", "Resolution 822 (1993) #1")]
    public void Plain_markdown_line_loses_heading_marks_and_emphasis(string line, string expected)
    {
        Assert.Equal(expected, TextRules.Plain(line));
    }
}
