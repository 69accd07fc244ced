using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class AgendaRulesTests
{
    [Theory]
    [InlineData("Agenda items 31, 32, 37, 68, 75, 83 and 130", "31,32,37,68,75,83,130")]
    [InlineData("Agenda item 68 (b)", "68b")]
    [InlineData("Agenda items 68 (b) and (c)", "68b,68c")]
    [InlineData("Agenda items 69 (b), 70 and 130", "69b,70,130")]
    [InlineData("Item 4 of the provisional agenda", "4")]
    [InlineData("Provisional agenda item 3", "3")]
    [InlineData("Items 2 and 3", "2,3")]
    public void TryParse_agenda_line_returns_items(string line, string expected)
    {
        Assert.True(AgendaRules.TryParse(line, out var items, out _));
        Assert.Equal(expected, string.Join(',', items.Select(i => $"{i.Number}{i.SubItem}")));
    }

    [Fact]
    public void TryParse_item_with_colon_returns_inline_title()
    {
        Assert.True(AgendaRules.TryParse("Item 4: Human rights situations that require the Council's attention", out var items, out var title));
        Assert.Equal((4, ""), Assert.Single(items));
        Assert.Equal("Human rights situations that require the Council's attention", title);
    }

    [Theory]
    [InlineData("Items 2 and 3 were discussed at length.")]
    [InlineData("Agenda of the meeting")]
    [InlineData("Prevention of armed conflict")]
    [InlineData("")]
    public void TryParse_other_line_returns_false(string line)
    {
        Assert.False(AgendaRules.TryParse(line, out var items, out _));
        Assert.Empty(items);
    }

    [Theory]
    [InlineData("Item 4 General Debate: Human rights situations that require the Council’s attention", 4, "General Debate", "Human rights situations that require the Council’s attention")]
    [InlineData("Item 3: Interactive dialogue with the Special Rapporteur on freedom of expression", 3, "Interactive dialogue with the Special Rapporteur on freedom of expression", null)]
    [InlineData("Item 4: Human rights situations that require the Council's attention", 4, null, "Human rights situations that require the Council's attention")]
    public void TryParse_item_naming_a_meeting_returns_meeting_apart_from_title(string line, int number, string? meeting, string? title)
    {
        Assert.True(AgendaRules.TryParse(line, out var items, out var inlineTitle, out var named));

        Assert.Equal(number, Assert.Single(items).Number);
        Assert.Equal(meeting, named);
        Assert.Equal(title, inlineTitle);
    }
}
