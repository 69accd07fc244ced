using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class MemberStatesTests
{
    [Theory]
    [InlineData("Permanent Mission of the Republic of Azerbaijan to the United Nations", "Azerbaijan")]
    [InlineData("Permanent Representative of the Democratic People's Republic of Korea", "Democratic People's Republic of Korea")]
    [InlineData("Permanent Representative of the Republic of Korea", "Republic of Korea")]
    [InlineData("Ambassador of Guinea-Bissau", "Guinea-Bissau")]
    [InlineData("Embassy of Nigeria", "Nigeria")]
    [InlineData("Mission of the Holy See", "Holy See")]
    [InlineData("Observer of the State of Palestine", "State of Palestine")]
    [InlineData("Minister for Foreign Affairs of Turkey", "Türkiye")]
    [InlineData("the Secretary-General", null)]
    public void FindFirst_text_naming_a_state_returns_its_short_name_or_null(string text, string? expected)
    {
        Assert.Equal(expected, MemberStates.FindFirst(text));
    }
}
