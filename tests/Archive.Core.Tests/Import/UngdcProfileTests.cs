using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Import.Bulk;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

/// <summary>The UNGDC profile: file names and sidecar rows to document metadata, and the join's report.</summary>
public class UngdcProfileTests
{
    private static UngdcProfile Profile() => new(SidecarCsv.Parse(UngdcSample.Sidecar));

    [Fact]
    public void MetadataFor_a_joined_file_gives_a_general_debate_statement_with_the_sidecar_speaker()
    {
        var meta = Profile().MetadataFor("UNGDC_sample/Session 79 - 2024/KOR_79_2024.txt");

        Assert.Equal(DocumentKind.Statement, meta.Kind);
        Assert.Equal(OrganNames.GeneralAssembly, meta.Organ);
        Assert.Equal(79, meta.Session);
        Assert.Equal(2024, meta.Year);
        Assert.Equal("General debate", meta.Event);
        // "kor " and "Republic of Korea ": trailing spaces and case; the post's line break is one space.
        Assert.Equal("Republic of Korea", meta.Country);
        Assert.Equal([new SidecarSpeaker("Tae-yul Cho", "Minister of Foreign Affairs")], meta.Speakers);
        Assert.Equal("Statement by Tae-yul Cho (Republic of Korea) at the general debate of the 79th session of the General Assembly", meta.Title);
    }

    [Fact]
    public void MetadataFor_a_non_iso_code_joins_the_file_of_the_code_it_stands_for()
    {
        var profile = Profile();

        var meta = profile.MetadataFor("Session 02 - 1947/CSK_02_1947.txt");

        Assert.Equal("Masaryk", PersonName.StripHonorifics(Assert.Single(meta.Speakers).Name));
        Assert.Equal("Czechoslovakia", meta.Country);
        Assert.Contains(meta.Notes, n => n.Message.Contains("code CZK was read as CSK", StringComparison.Ordinal));
        Assert.Contains(profile.JoinReport([]), n => n is { Outcome: JoinOutcome.Corrected, Subject: "line 6 (1947, CZK)" });
    }

    [Fact]
    public void MetadataFor_swapped_codes_follow_the_country_names_the_sheet_uses_elsewhere()
    {
        var profile = Profile();

        var sweden = profile.MetadataFor("Session 56 - 2001/SWE_56_2001.txt");
        var swaziland = profile.MetadataFor("Session 56 - 2001/SWZ_56_2001.txt");

        Assert.Equal("Anna Lindh", Assert.Single(sweden.Speakers).Name);
        Assert.Equal("Sweden", sweden.Country);
        Assert.Equal("Clifford Sibusiso Mamba", Assert.Single(swaziland.Speakers).Name);
        Assert.Equal("Eswatini", swaziland.Country);
    }

    [Fact]
    public void MetadataFor_a_repeated_row_keeps_one_speaker()
    {
        var profile = Profile();

        var meta = profile.MetadataFor("Session 02 - 1947/URY_02_1947.txt");

        Assert.Equal("Mr. Blanco", Assert.Single(meta.Speakers).Name);
        Assert.Contains(profile.JoinReport([]), n => n is { Outcome: JoinOutcome.Merged, Subject: "line 8 (1947, URY)" });
    }

    [Fact]
    public void MetadataFor_a_file_without_a_row_keeps_the_file_name_facts_and_says_so()
    {
        var profile = Profile();
        const string path = "Session 56 - 2001/BRN_56_2001.txt";

        var meta = profile.MetadataFor(path);

        Assert.Empty(meta.Speakers);
        Assert.Equal(56, meta.Session);
        Assert.Equal("Brunei Darussalam", meta.Country);
        Assert.Contains(profile.JoinReport([path]), n => n is { Outcome: JoinOutcome.FileWithoutRow, Subject: path });
    }

    [Fact]
    public void JoinReport_lists_every_row_no_file_took()
    {
        var profile = Profile();
        var seen = UngdcSample.Statements().Select(s => s.Path).ToList();
        foreach (var path in seen)
            profile.MetadataFor(path);

        var unjoined = profile.JoinReport(seen).Where(n => n.Outcome == JoinOutcome.RowWithoutFile).Select(n => n.Subject).ToList();

        Assert.Equal(["line 10 (1948, CSK)", "line 11 (2002, SWE)", "line 12 (2002, SWZ)", "line 13 (2002, BRN)", "line 14 (2003, SWE)", "line 15 (2003, SWZ)"], unjoined);
    }

    [Theory]
    [InlineData("Session 02 - 1947/CSK_03_1947.txt")]
    [InlineData("notes/readme.txt")]
    public void MetadataFor_a_name_outside_the_pattern_leaves_the_parser_s_reading_and_is_reported(string path)
    {
        var profile = Profile();

        var meta = profile.MetadataFor(path);

        Assert.Null(meta.Kind);
        Assert.Null(meta.Country);
        Assert.Contains(profile.JoinReport([path]), n => n is { Outcome: JoinOutcome.FileNotInPattern } && n.Subject == path);
    }

    [Theory]
    [InlineData("Session 74 - 2019/KWT_74_2019.txt", "Kuwait")]
    [InlineData("Session 15 - 1960/COD_15_1960.txt", "Congo, Leopoldville")]
    [InlineData("Session 46 - 1991/RUS_46_1991.txt", "Union of Soviet Socialist Republics")]
    public void MetadataFor_names_the_state_as_its_code_s_latest_un_name_only_when_the_sheet_s_name_says_that_state(string path, string country)
    {
        var profile = new UngdcProfile(SidecarCsv.Parse("""
            year,session,iso3,country,speaker,post
            2019,74,KWT,State of Kuwait,Sheikh Sabah Khaled Al-Hamad Al-Sabah,Prime Minister
            2023,78,KWT,Kuwait,Sheikh Salem Abdullah Al-Jaber Al-Sabah,Minister for Foreign Affairs
            1960,15,COD,"Congo, Leopoldville",Mr. BOMBOKO,
            2023,78,COD,Democratic Republic of the Congo,Félix Tshisekedi,President
            1991,46,RUS,Union of Soviet Socialist Republics,Mr. Pankin,
            2023,78,RUS,Russian Federation,Sergey Lavrov,Minister for Foreign Affairs
            """));

        Assert.Equal(country, profile.MetadataFor(path).Country);
    }

    [Theory]
    [InlineData("Mr. Krishna MENON", "Mr. Krishna Menon")]
    [InlineData("H.M. King FREDERIK IX", "H.M. King Frederik IX")]
    [InlineData("Tae-yul Cho", "Tae-yul Cho")]
    public void Display_writes_capitalised_surnames_as_names(string sheet, string shown) =>
        Assert.Equal(shown, UngdcProfile.Display(sheet));
}
