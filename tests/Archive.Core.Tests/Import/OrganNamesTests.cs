using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class OrganNamesTests
{
    [Theory]
    [InlineData("General Assembly", "General Assembly")]
    [InlineData("the UN Security Council", "Security Council")]
    [InlineData("Human Rights Council", "Human Rights Council")]
    [InlineData("Economic and Social Council", "Economic and Social Council")]
    [InlineData("ECOSOC", "Economic and Social Council")]
    [InlineData("Third Committee", "Third Committee")]
    [InlineData("Office of the UN High Commissioner for Human Rights", "Office of the United Nations High Commissioner for Human Rights")]
    [InlineData("OHCHR", "Office of the United Nations High Commissioner for Human Rights")]
    [InlineData("UN Office at Geneva", "United Nations Office at Geneva")]
    public void Recognize_organ_name_returns_canonical_name(string text, string expected)
    {
        Assert.Equal(expected, OrganNames.Recognize(text));
    }

    [Theory]
    [InlineData("General Assembly Security Council", true)]
    [InlineData("United Nations General Assembly", true)]
    [InlineData("Informal interactive dialogue of the General Assembly", false)]
    [InlineData("Permanent Mission", false)]
    public void IsOnlyOrgans_line_is_true_only_when_nothing_but_organs(string line, bool expected)
    {
        Assert.Equal(expected, OrganNames.IsOnlyOrgans(line));
    }

    [Theory]
    [InlineData("Sixth Committee", "General Assembly")]
    [InlineData("Third Committee", "General Assembly")]
    [InlineData("Security Council", "Security Council")]
    [InlineData("Human Rights Council", "Human Rights Council")]
    public void AgendaOwner_main_committee_items_belong_to_the_general_assembly(string organ, string expected)
    {
        Assert.Equal(expected, OrganNames.AgendaOwner(organ));
    }
}
