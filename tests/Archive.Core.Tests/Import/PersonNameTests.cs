using Archive.Core.Import;

namespace Archive.Core.Tests.Import;

public class PersonNameTests
{
    [Theory]
    [InlineData("Mr. Tofiq F. Musayev", "Tofiq F. Musayev")]
    [InlineData("H.E. Mr. Yashar Aliyev", "Yashar Aliyev")]
    [InlineData("H.E. Ms. Abena Owusu-Mensah", "Abena Owusu-Mensah")]
    [InlineData("Mrs. Ana Pereira", "Ana Pereira")]
    [InlineData("Dr. Ruth Mwangi", "Ruth Mwangi")]
    [InlineData("Ambassador Lucía Fernández Rivero", "Lucía Fernández Rivero")]
    [InlineData("His Excellency Sir Keith Mitchell", "Keith Mitchell")]
    [InlineData("Prof. Anna Kowalska", "Anna Kowalska")]
    [InlineData("**Mr. Yashar Aliyev**", "Yashar Aliyev")]
    [InlineData("Heinz Müller", "Heinz Müller")]
    [InlineData("Ambassador", "Ambassador")]
    [InlineData("Minister Ayşe Demir", "Minister Ayşe Demir")]
    public void StripHonorifics_name_with_titles_returns_name_without_them(string input, string expected)
    {
        Assert.Equal(expected, PersonName.StripHonorifics(input));
    }

    [Theory]
    [InlineData("Tofiq F. Musayev", "tofiq musayev")]
    [InlineData("Tofig Musayev", "tofig musayev")]
    [InlineData("Əliyev İlham", "aliyev ilham")]
    [InlineData("Işıl Güneş", "isil gunes")]
    [InlineData("H.E. Mr. Lucía Fernández-Rivero", "lucia fernandez rivero")]
    public void MatchKey_name_returns_lower_case_folded_key_without_initials(string input, string expected)
    {
        Assert.Equal(expected, PersonName.MatchKey(input));
    }

    [Theory]
    [InlineData("Tofiq F. Musayev", "Tofig Musayev", true)]
    [InlineData("Mr. Yashar Aliyev", "Yashar Aliyev", true)]
    [InlineData("Yashar Əliyev", "Yashar Aliyev", true)]
    [InlineData("Yashar Aliyev", "Jashar Aliyev", true)]
    [InlineData("Mohammed Ali", "Mohamed Ali", true)]
    [InlineData("Søren Bjørn", "Soren Bjorn", true)]
    [InlineData("Yashar Aliyev", "Ilham Aliyev", false)]
    [InlineData("Tofig Musayev", "Tofig Mammadov", false)]
    [InlineData("Ali Musayev", "Ala Musayev", false)]
    [InlineData("Ivan Petrov", "Ivana Petrov", false)]
    [InlineData("Maria Lopez", "Mario Lopez", false)]
    [InlineData("Tofiq Musayev", "Tofik Musayev", false)]
    [InlineData("Musayev", "Tofig Musayev", false)]
    [InlineData("", "", false)]
    public void AreSamePerson_pair_is_same_person_only_when_romanisations_agree(string a, string b, bool expected)
    {
        Assert.Equal(expected, PersonName.AreSamePerson(a, b));
        Assert.Equal(expected, PersonName.AreSamePerson(b, a));
    }

    [Theory]
    [InlineData("Madam President", true)]
    [InlineData("Mr. Chair", true)]
    [InlineData("the Co-Chair", true)]
    [InlineData("Secretary-General", true)]
    [InlineData("Ana Pereira", false)]
    [InlineData("President Ana Pereira", false)]
    [InlineData("", false)]
    public void IsOnlyTitle_name_is_true_only_for_a_bare_title(string name, bool expected)
    {
        Assert.Equal(expected, PersonName.IsOnlyTitle(name));
    }
}
