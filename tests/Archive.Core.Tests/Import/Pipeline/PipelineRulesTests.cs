using Archive.Core.Documents;
using Archive.Core.Import;

namespace Archive.Core.Tests.Import.Pipeline;

/// <summary>The pipeline's rules, each on a short text in the pattern real documents share (written for these tests).</summary>
public class PipelineRulesTests
{
    private const string Body = "\n\nMr. President,\n\nWe thank you for convening this meeting and the briefers for their clear account.\n";

    [Theory]
    [InlineData("Geneva, 12.03.2024", 2024, 3, 12)]
    [InlineData("March 12, 2024 10:31", 2024, 3, 12)]
    [InlineData("[06 December 2019, Geneva]", 2019, 12, 6)]
    [InlineData("[Wednesday, 3 May, 2023]", 2023, 5, 3)]
    [InlineData("onsdagen den 18 januari 2017", 2017, 1, 18)]
    [InlineData("New York, le 5 avril 2009", 2009, 4, 5)]
    [InlineData("Nova Iorque, 7 de outubro de 2024", 2024, 10, 7)]
    [InlineData("Nueva York, 27 de septiembre de 2018", 2018, 9, 27)]
    [InlineData("Нью-Йорк, 18 марта 2017 г.", 2017, 3, 18)]
    [InlineData("2024-02-23 22:00", 2024, 2, 23)]
    [InlineData("October 7th, 2024", 2024, 10, 7)]
    [InlineData("29/03/2019", 2019, 3, 29)]
    public void Parse_heading_date_in_any_style_is_the_delivery_date(string dateLine, int year, int month, int day)
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz at the Security Council open debate on Haiti\n\n" + dateLine + Body, "d.txt");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(year, month, day), doc.DeliveredOn);
    }

    [Fact]
    public void Parse_ambiguous_slash_date_is_not_guessed()
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz at the Security Council open debate on Haiti\n\n3/4/2019" + Body, "d.txt");

        Assert.Null(doc.DeliveredOn);
    }

    [Fact]
    public void Parse_end_of_a_session_period_is_not_the_document_date()
    {
        var doc = DocumentParser.Parse(
            "Human Rights Council 52nd session (27 February – 4 April 2023)\n\nStatement by Norlandia\n\n6 March 2023" + Body, "d.txt");

        Assert.Equal(new DateOnly(2023, 3, 6), doc.DeliveredOn);
        Assert.Equal(new ParsedOrgan("Human Rights Council", 52), Assert.Single(doc.Organs));
    }

    [Fact]
    public void Parse_letter_flattened_into_one_paragraph_reads_kind_date_organ_session_and_item()
    {
        var doc = DocumentParser.Parse(
            "General Assembly Seventy-eighth session Agenda item 35 Protracted conflicts in the region Letter dated 3 May 2024 from "
            + "the Permanent Representative of Norlandia to the United Nations addressed to the Secretary-General I have the honour "
            + "to transmit herewith the statement of the Ministry of Foreign Affairs issued on 30 April 2024 concerning the events "
            + "of last week, and to request that it be circulated as a document of the General Assembly under agenda item 35.",
            "flat.txt");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal(new DateOnly(2024, 5, 3), doc.WrittenOn);
        Assert.Equal(new ParsedOrgan("General Assembly", 78), Assert.Single(doc.Organs));
        Assert.Equal(35, Assert.Single(doc.AgendaItems).Number);
        var date = Assert.Single(doc.Evidence, e => e.Field == "date");
        Assert.Equal("title-dated", date.Rule);
        Assert.Equal("3 May 2024", date.Quote);
    }

    [Fact]
    public void Parse_yaml_front_matter_gives_title_date_kind_and_speaker_and_is_not_the_title()
    {
        var doc = DocumentParser.Parse(
            "---\ntitle: Statement by Okafor in the Fourth Committee\ndate: '1999-10-04'\nvolume: 12\n---\n\nMr. Chairman,\n\n"
            + "My delegation has followed the debate on this question with the closest attention and wishes to add a few words.\n",
            "yaml.md");

        Assert.Equal("Statement by Okafor in the Fourth Committee", doc.Title);
        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(1999, 10, 4), doc.DeliveredOn);
        Assert.Equal("Okafor", Assert.Single(doc.Speakers).Name);
        Assert.Equal("Fourth Committee", doc.Organs[0].Name);
        Assert.DoesNotContain("volume:", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_web_page_drops_menus_share_buttons_and_clock_and_reads_the_speaker_block()
    {
        var doc = DocumentParser.Parse(
            "• Home\n• The Mission\n• Statements\nShare  Tweet  Facebook  Print\nLima 14:05\n\n"
            + "Remarks at a UN Security Council Briefing on Haiti\n\nAna Ruiz\nDeputy Political Coordinator\nNew York\nMarch 12, 2024\n\n"
            + "Thank you, Madam President. And thank you, Special Representative, for your briefing.\n", "web.txt");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Speakers).Name);
        Assert.Equal(new DateOnly(2024, 3, 12), doc.DeliveredOn);
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.DoesNotContain("Tweet", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("The Mission", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_swedish_header_above_an_english_body_reads_the_minister_and_the_date()
    {
        var doc = DocumentParser.Parse(
            "# Utrikesminister Karin Lunds anförande i FN:s säkerhetsråd\n\nonsdagen den 18 januari 2017\n\n"
            + "Mr. President,\n\nLet me thank you for organising this debate on the protection of civilians in armed conflict.\n", "sv.md");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal("Karin Lund", Assert.Single(doc.Speakers).Name);
        Assert.Equal(new DateOnly(2017, 1, 18), doc.DeliveredOn);
    }

    [Fact]
    public void Parse_addressee_and_thanked_chair_are_not_speakers_and_the_signature_is()
    {
        var doc = DocumentParser.Parse(
            "Letter dated 3 May 2024 from the Permanent Representative of Norlandia to the United Nations addressed to the "
            + "President of the Security Council\n\nI have the honour to refer to the letter of Ambassador Joy Ode, President of the "
            + "Security Council, and to transmit the attached statement.\n\nI should be grateful if you would circulate it.\n\n"
            + "(Signed) Ana Ruiz\nPermanent Representative\n", "signed.txt");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Speakers).Name);
        Assert.Equal("signature", Assert.Single(doc.Evidence, e => e.Field == "speaker").Rule);
    }

    [Fact]
    public void Parse_statement_after_speech_word_takes_the_name_past_role_and_country()
    {
        var doc = DocumentParser.Parse(
            "Statement by the Deputy Permanent Representative of Norlandia to the United Nations, Ambassador Ana María Ruiz, "
            + "at the General Debate of the First Committee of the 79th General Assembly\n\nOctober 7th, 2024" + Body, "role.txt");

        Assert.Equal("Ana María Ruiz", Assert.Single(doc.Speakers).Name);
        Assert.Contains(doc.Organs, o => o.Name == "First Committee");
        Assert.Equal(79, doc.Organs.First(o => o.Name == "General Assembly").Session);
    }

    [Fact]
    public void Parse_role_read_as_a_name_is_dropped_with_a_warning()
    {
        var doc = DocumentParser.Parse(
            "Intervention by the Permanent Representative of Norlandia\n\n37th session of the Human Rights Council\n\n"
            + "Agenda item 2\n\n8 March 2018" + Body, "role-only.txt");

        Assert.DoesNotContain(doc.Speakers, s => s.Name.Contains("Representative", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Field == "speaker");
        Assert.Equal(new ParsedOrgan("Human Rights Council", 37), Assert.Single(doc.Organs));
        Assert.Equal(2, Assert.Single(doc.AgendaItems).Number);
    }

    [Fact]
    public void Parse_meeting_on_the_margins_of_a_session_sets_no_organ_and_says_why()
    {
        var doc = DocumentParser.Parse(
            "Statement by Ambassador Ana Ruiz at the ministerial meeting of the Lima Group on the margins of the 79th session "
            + "of the United Nations General Assembly, New York, 25 September 2024" + Body, "margins.txt");

        Assert.Empty(doc.Organs);
        Assert.Contains(doc.Warnings, w => w.Field == "organ" && w.Message.Contains("side event", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_news_dateline_makes_a_report_and_the_story_is_not_heading()
    {
        var doc = DocumentParser.Parse(
            "LIMA, Norlandia, Mar. 3\n\nTrend:\n\nAmbassador Ana Ruiz said the Council must act before the rainy season, "
            + "speaking after the 75th session of the Assembly had ended.\n\nShe added that aid convoys were waiting at the border.\n",
            "news.txt");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Speakers).Name);
        Assert.DoesNotContain(doc.Organs, o => o.Session == 75);
    }

    [Fact]
    public void Parse_two_heading_dates_pick_the_first_and_keep_the_second_as_runner_up_with_a_warning()
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz at the Security Council\n\n12 March 2024\n\n14 March 2024" + Body, "two.txt");

        var date = Assert.Single(doc.Evidence, e => e.Field == "date");
        Assert.Equal("2024-03-12", date.Value);
        Assert.Equal("14 March 2024", date.RunnerUp?.Quote);
        Assert.Contains(doc.Warnings, w => w.Field == "date" && w.Message.Contains("also possible", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_evidence_quotes_point_into_the_text()
    {
        const string text = "Statement by Ms. Ana Ruiz at the Security Council open debate on Haiti\n\nGeneva, 12.03.2024" + Body;

        var doc = DocumentParser.Parse(text, "e.txt");

        Assert.NotEmpty(doc.Evidence);
        foreach (var e in doc.Evidence.Where(e => e.Start >= 0))
            Assert.Equal(e.Quote, text.Substring(e.Start, e.Quote.Length));
        Assert.Contains(doc.Evidence, e => e.Field == "speaker" && e.Rule == "after-speech-word" && e.Quote == "Ana Ruiz");
    }

    [Theory]
    [InlineData("Explanation of vote on draft resolution A/C.3/80/L.12\n\nDelivered by Mr. Tomas Berg, Counsellor", "Tomas Berg")]
    [InlineData("Intervención de la Embajadora Lucía Ferrer Soto, Representante Permanente", "Lucía Ferrer Soto")]
    [InlineData("Intervention de M. Henri Duval, conseiller juridique", "Henri Duval")]
    [InlineData("Discurso do Embaixador Rui Matos Pereira na Assembleia Geral", "Rui Matos Pereira")]
    [InlineData("PRESENTATION BY HON. KOFI ASANTE, MINISTER OF FINANCE", "Kofi Asante")]
    [InlineData("Remarks by Ambassador Lena Holm Strengthening Multilateral Cooperation on Water", "Lena Holm")]
    public void Parse_speaker_lead_in_in_any_style_names_the_speaker(string heading, string speaker)
    {
        var doc = DocumentParser.Parse(heading + "\n\n4 November 2025" + Body, "lead-in.txt");

        Assert.Equal(speaker, Assert.Single(doc.Speakers).Name);
    }

    [Fact]
    public void Parse_title_of_a_ministry_after_and_is_not_a_speaker()
    {
        var doc = DocumentParser.Parse(
            "Joint declaration by the Minister of Foreign Affairs and Cooperation Abroad of Norlandia and the Minister of Trade "
            + "of Sudlandia\n\nLima, 2 May 2025\n\nThe two ministers met in Lima and agreed to deepen their cooperation.\n", "joint.txt");

        Assert.Empty(doc.Speakers);
    }

    [Theory]
    [InlineData("Quatrième Commission – 80e session de l'Assemblée générale", "Fourth Committee", 80)]
    [InlineData("Segunda Comisión – 79.º período de sesiones", "Second Committee", 79)]
    [InlineData("Terceira Comissão – 78.ª sessão da Assembleia Geral", "Third Committee", 78)]
    [InlineData("Пятый комитет, 77-я сессия Генеральной Ассамблеи", "Fifth Committee", 77)]
    [InlineData("Second Cornmittee, 71st Session of the General Assernbly", "Second Committee", 71)]
    public void Parse_main_committee_in_any_language_or_ocr_damaged_gets_organ_and_session(string heading, string committee, int session)
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz\n\n" + heading + "\n\n12 October 2025" + Body, "committee.txt");

        Assert.Contains(doc.Organs, o => o.Name == committee);
        Assert.Contains(doc.Organs, o => o.Session == session);
    }

    [Theory]
    [InlineData("Geneva, 2 0ctober 2019", 2019, 10, 2)]
    [InlineData("New York, 14 Novernber 2017", 2017, 11, 14)]
    public void Parse_ocr_damaged_month_is_still_a_date(string dateLine, int year, int month, int day)
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz at the Security Council\n\n" + dateLine + Body, "ocr.txt");

        Assert.Equal(new DateOnly(year, month, day), doc.DeliveredOn);
    }

    [Fact]
    public void Parse_agenda_item_in_capitals_is_read()
    {
        var doc = DocumentParser.Parse("STATEMENT BY MS. ANA RUIZ\n\nAGENDA ITEM 71\n\n3 March 2025" + Body, "caps.txt");

        Assert.Equal(71, Assert.Single(doc.AgendaItems).Number);
    }

    [Fact]
    public void Parse_long_heading_in_capitals_is_heading_and_its_date_line_is_read()
    {
        var heading = "STATEMENT BY MR. PAULO REIS, PERMANENT REPRESENTATIVE OF NORLANDIA TO THE UNITED NATIONS, AT THE HIGH-LEVEL "
            + "PLENARY MEETING OF THE GENERAL ASSEMBLY ON THE COMPREHENSIVE REVIEW OF THE WHOLE QUESTION OF PEACEKEEPING "
            + "OPERATIONS IN ALL THEIR ASPECTS AND THE FINANCING OF PEACE OPERATIONS. MR. REIS SPOKE IN THE AFTERNOON SESSION";

        var doc = DocumentParser.Parse(heading + "\n(New York, 9 April 2025)" + Body, "shouted.txt");

        Assert.Equal(new DateOnly(2025, 4, 9), doc.DeliveredOn);
    }

    [Fact]
    public void Parse_two_column_masthead_gives_the_assembly_its_session_and_not_the_council_year()
    {
        var doc = DocumentParser.Parse(
            "General Assembly                Security Council\nEightieth session                Eightieth year\nAgenda item 12\n\n"
            + "Identical letters dated 2 June 2025 from the Permanent Representative of Norlandia to the United Nations addressed "
            + "to the Secretary-General and the President of the Security Council\n\nI have the honour to transmit the enclosed "
            + "statement of my Government.\n\n(Signed) Ana Ruiz\n", "columns.txt");

        Assert.Equal(80, doc.Organs.Single(o => o.Name == "General Assembly").Session);
        Assert.Null(doc.Organs.Single(o => o.Name == "Security Council").Session);
    }

    [Theory]
    [InlineData("UNITED NATIONS (AP) — The General Assembly voted on Tuesday to renew the mandate of the mission.")]
    [InlineData("GENEVA, March 3 (Reuters) - Norlandia's envoy Ana Ruiz said on Monday that talks would resume soon.")]
    [InlineData("NEW YORK, 3 March 2025 (AFP) – Diplomats said the Council would meet again on Friday.")]
    public void Parse_agency_dateline_makes_a_news_report(string story)
    {
        var doc = DocumentParser.Parse("Envoys weigh new plan for the region\n\n" + story + "\n\nMore talks are planned.\n", "wire.txt");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
    }

    [Fact]
    public void Parse_headline_verb_and_told_the_council_give_news_kind_and_organ()
    {
        var doc = DocumentParser.Parse(
            "Norlandia condemns shelling of the border town\n\nPublished March 4, 2025\n\n"
            + "Ambassador Ana Ruiz told the Security Council on Tuesday that the attacks had to stop at once.\n", "told.txt");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
        Assert.Equal(new DateOnly(2025, 3, 4), doc.PublishedOn);
        Assert.Contains(doc.Organs, o => o.Name == "Security Council");
    }

    [Fact]
    public void Parse_menu_entry_news_alone_is_not_a_press_label()
    {
        var doc = DocumentParser.Parse(
            "Home\nAbout us\nNews\nContact\n\nStatement by Ambassador Ana Ruiz at the Security Council\n\n5 May 2025" + Body, "menu.txt");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
    }

    [Fact]
    public void Parse_delivery_date_of_a_statement_beats_the_posting_date_of_the_page()
    {
        var doc = DocumentParser.Parse(
            "---\ntitle: \"Statement by Norlandia at the Security Council\"\ndate: 2025-06-12\n---\n\n"
            + "# Statement by Norlandia at the Security Council\n\n*Delivered by Ambassador Ana Ruiz on 9 June 2025*" + Body, "posted.md");

        Assert.Equal(new DateOnly(2025, 6, 9), doc.DeliveredOn);
    }

    [Theory]
    [InlineData("Hoppa till huvudinnehåll")]
    [InlineData("Aller au contenu principal")]
    [InlineData("Check against delivery")]
    [InlineData("Seul le prononcé fait foi")]
    [InlineData("This page has moved to the new website of the Ministry")]
    public void Parse_skip_links_and_delivery_disclaimers_in_any_language_are_noise(string line)
    {
        var doc = DocumentParser.Parse(line + "\n\nStatement by Ambassador Ana Ruiz at the Security Council\n\n5 May 2025" + Body, "noise.txt");

        Assert.DoesNotContain(line, doc.Title ?? "", StringComparison.Ordinal);
        Assert.Equal("Ana Ruiz", Assert.Single(doc.Speakers).Name);
    }
}
