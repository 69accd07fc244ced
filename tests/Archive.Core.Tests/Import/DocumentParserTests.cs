using Archive.Core.Documents;
using Archive.Core.Import;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

public class DocumentParserTests
{
    private static ParsedDocument ParseFile(string name)
    {
        var file = Repository.Load(name);
        return DocumentParser.Parse(file.Text, file.FileName);
    }

    private static void AssertNoWarning(ParsedDocument doc, string field) =>
        Assert.DoesNotContain(doc.Warnings, w => w.Field == field);

    [Fact]
    public void Parse_seed_000_letterhead_statement_reads_all_fields()
    {
        var doc = ParseFile("000_");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(2017, 9, 6), doc.DeliveredOn);
        Assert.Equal(new DateOnly(2017, 9, 6), doc.Date);
        var speaker = Assert.Single(doc.Speakers);
        Assert.Equal("Tofiq F. Musayev", speaker.Name);
        Assert.Equal("Counsellor of the Permanent Mission of the Republic of Azerbaijan to the United Nations", speaker.Role);
        Assert.Equal(SpeakerCapacity.Speaker, speaker.Capacity);
        Assert.Equal("General Assembly", Assert.Single(doc.Organs).Name);
        Assert.Equal("Informal interactive dialogue on the responsibility to protect", doc.Event);
        Assert.Equal("Permanent Mission of the Republic of Azerbaijan to the United Nations, New York", doc.Author);
        Assert.Equal("Azerbaijan", doc.Country);
        Assert.Equal("Statement by Tofiq F. Musayev at the informal interactive dialogue on the responsibility to protect", doc.Title);
        Assert.StartsWith("Mr. Moderator,\n\nAt the outset", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("I thank you.", doc.Body, StringComparison.Ordinal);
        Assert.Contains("(*jus cogens*)", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Third Avenue", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_seed_001_news_report_reads_dateline_agency_and_speaker()
    {
        var doc = ParseFile("001_");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
        Assert.Equal(new DateOnly(2025, 7, 1), doc.PublishedOn);
        Assert.Equal(new DateOnly(2025, 7, 1), doc.Date);
        var speaker = Assert.Single(doc.Speakers);
        Assert.Equal("Tofig Musayev", speaker.Name);
        Assert.Equal("Permanent Representative of the Republic of Azerbaijan to the United Nations", speaker.Role);
        var organ = Assert.Single(doc.Organs);
        Assert.Equal(new ParsedOrgan("General Assembly", 79), organ);
        Assert.Equal("Plenary meeting", doc.Event);
        Assert.Equal("Trend", doc.Source);
        Assert.Equal(["A/79/875-S/2025/248"], doc.CitedSymbols);
        Assert.Equal("Baku", doc.Place);
        Assert.StartsWith("Permanent Representative of the Republic of Azerbaijan Tofig Musayev made statement", doc.Title, StringComparison.Ordinal);
        Assert.StartsWith("BAKU, Azerbaijan, July 1.", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-07-01", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_seed_002_un_letter_reads_masthead_agenda_and_signature()
    {
        var doc = ParseFile("002_");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal(new DateOnly(2019, 11, 27), doc.DistributedOn);
        Assert.Equal(new DateOnly(2019, 11, 26), doc.WrittenOn);
        Assert.Equal(new DateOnly(2019, 11, 27), doc.Date);
        var speaker = Assert.Single(doc.Speakers);
        Assert.Equal("Yashar Aliyev", speaker.Name);
        Assert.Equal("Ambassador, Permanent Representative", speaker.Role);
        Assert.Equal(SpeakerCapacity.Signatory, speaker.Capacity);
        Assert.Equal([new ParsedOrgan("General Assembly", 74), new ParsedOrgan("Security Council", 74)], doc.Organs);
        Assert.Equal("Secretary-General", doc.Addressee);
        Assert.Equal("Permanent Representative of Azerbaijan to the United Nations", doc.Author);
        Assert.Equal("Azerbaijan", doc.Country);
        Assert.Equal("English", doc.Language);
        Assert.Equal(
            "Letter dated 26 November 2019 from the Permanent Representative of Azerbaijan to the United Nations addressed to the Secretary-General",
            doc.Title);

        (int Number, string Title)[] expected =
        [
            (31, "Prevention of armed conflict"),
            (32, "Protracted conflicts in the GUAM area and their implications for international peace, security and development"),
            (37, "The situation in the occupied territories of Azerbaijan"),
            (68, "Elimination of racism, racial discrimination, xenophobia and related intolerance"),
            (75, "Responsibility of States for internationally wrongful acts"),
            (83, "The rule of law at the national and international levels"),
            (130, "The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity"),
        ];
        Assert.Equal(
            expected.Select(e => new ParsedAgendaItem("General Assembly", 74, e.Number, "", e.Title)),
            doc.AgendaItems);

        Assert.Contains("advancing national and international efforts", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("(Signed) Yashar Aliyev\\\nAmbassador\\\nPermanent Representative", doc.Body, StringComparison.Ordinal);
        Assert.StartsWith("As we are approaching", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_seed_003_security_council_statement_reads_event_from_heading()
    {
        var doc = ParseFile("003_");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(2021, 5, 25), doc.DeliveredOn);
        var speaker = Assert.Single(doc.Speakers);
        Assert.Equal("Yashar Aliyev", speaker.Name);
        Assert.Equal("Permanent Representative of the Republic of Azerbaijan to the United Nations", speaker.Role);
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.Equal("Open debate on the theme \u201cProtection of civilians in armed conflict\u201d", doc.Event);
        Assert.Equal("Permanent Mission of the Republic of Azerbaijan to the United Nations, New York", doc.Author);
        Assert.Equal("Azerbaijan", doc.Country);
        Assert.StartsWith("Mr. President,\n\nAt the outset", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("---", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_seed_004_note_verbale_reads_compliments_closing_and_resolutions()
    {
        var doc = ParseFile("004_");

        Assert.Equal(DocumentKind.NoteVerbale, doc.Kind);
        Assert.Equal(new DateOnly(2020, 11, 4), doc.WrittenOn);
        Assert.Equal(new DateOnly(2020, 11, 4), doc.Date);
        Assert.Empty(doc.Speakers);
        AssertNoWarning(doc, "speaker");
        Assert.Equal("Office of the United Nations High Commissioner for Human Rights", Assert.Single(doc.Organs).Name);
        Assert.Equal(
            "Permanent Mission of the Republic of Azerbaijan to the United Nations Office and other International Organizations in Geneva",
            doc.Author);
        Assert.Equal("Office of the United Nations High Commissioner for Human Rights", doc.Addressee);
        Assert.Equal("Geneva", doc.Place);
        Assert.Equal("0461/27/20/22", doc.ReferenceNumber);
        Assert.Equal([822, 853, 874, 884], doc.Resolutions.Select(r => r.Number));
        Assert.All(doc.Resolutions, r => Assert.Equal(1993, r.Year));
        Assert.All(doc.Resolutions, r => Assert.Equal("Security Council", r.Organ));
        Assert.StartsWith("Note verbale dated 4 November 2020 from the Permanent Mission", doc.Title, StringComparison.Ordinal);
        Assert.EndsWith("to the Office of the United Nations High Commissioner for Human Rights", doc.Title, StringComparison.Ordinal);
        Assert.StartsWith("The Permanent Mission of the Republic of Azerbaijan", doc.Body, StringComparison.Ordinal);
        Assert.Contains("mastered by the Armenian authorities", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("High Commissioner for Human Rights\nGeneva", doc.Body, StringComparison.Ordinal);
        Assert.Contains("**It has to be stressed", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("Geneva, 4 November 2020", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_general_debate_address_reads_american_date_and_next_line_title()
    {
        var doc = ParseFile("ga_general_debate");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(2017, 9, 21), doc.DeliveredOn);
        var speaker = Assert.Single(doc.Speakers);
        Assert.Equal("Abena Owusu-Mensah", speaker.Name);
        Assert.Equal("Minister for Foreign Affairs and Regional Integration of the Republic of Ghana", speaker.Role);
        Assert.Equal(new ParsedOrgan("General Assembly", 72), Assert.Single(doc.Organs));
        Assert.Equal("General debate", doc.Event);
        Assert.Equal("Permanent Mission of the Republic of Ghana to the United Nations, New York", doc.Author);
        Assert.Equal("Ghana", doc.Country);
        Assert.Equal(["A/72/707-S/2018/43", "A/RES/70/262"], doc.CitedSymbols);
        Assert.Equal(new ParsedResolution(2282, 2016, "Security Council"), Assert.Single(doc.Resolutions));
        Assert.StartsWith("Mr. President,\\\nExcellencies,\\\nDistinguished delegates,\n\n", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Check against delivery", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_third_committee_explanation_of_vote_reads_delivered_by_line()
    {
        var doc = ParseFile("third_committee_eov");

        Assert.Equal(DocumentKind.ExplanationOfVote, doc.Kind);
        Assert.Equal(new DateOnly(2019, 11, 15), doc.DeliveredOn);
        Assert.Equal("New York", doc.Place);
        Assert.Equal(new ParsedSpeaker("Daniel Fairweather", "Counsellor", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal(new ParsedOrgan("Third Committee", 74), Assert.Single(doc.Organs));
        Assert.Equal(new ParsedAgendaItem("General Assembly", 74, 70, "b", null), Assert.Single(doc.AgendaItems));
        Assert.Equal("Canada", doc.Country);
        Assert.Equal(["A/C.3/74/L.27"], doc.CitedSymbols);
        Assert.StartsWith("Thank you, Chair.", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_right_of_reply_by_delegation_reads_kind_author_and_speaker()
    {
        var doc = ParseFile("right_of_reply");

        Assert.Equal(DocumentKind.RightOfReply, doc.Kind);
        Assert.Equal(new DateOnly(2020, 9, 26), doc.DeliveredOn);
        Assert.Equal("Delegation of Cyprus", doc.Author);
        Assert.Equal("Cyprus", doc.Country);
        Assert.Equal(new ParsedSpeaker("Eleni Charalambous", "First Secretary", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal(new ParsedOrgan("General Assembly", 75), Assert.Single(doc.Organs));
        Assert.Equal("General debate", doc.Event);
        Assert.Equal([new ParsedResolution(541, 1983, null), new ParsedResolution(550, 1984, null)], doc.Resolutions);
        Assert.Contains("right of reply", doc.Title, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_un_letter_with_sub_item_reads_agenda_symbol_and_joins_page_break()
    {
        var doc = ParseFile("letter_agenda_68b");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal("A/75/612", doc.Symbol);
        Assert.Equal(new DateOnly(2020, 12, 3), doc.DistributedOn);
        Assert.Equal(new DateOnly(2020, 11, 30), doc.WrittenOn);
        Assert.Equal(new ParsedOrgan("General Assembly", 75), Assert.Single(doc.Organs));
        var item = Assert.Single(doc.AgendaItems);
        Assert.Equal(68, item.Number);
        Assert.Equal("b", item.SubItem);
        Assert.StartsWith("Elimination of racism, racial discrimination, xenophobia and related intolerance: comprehensive", item.Title, StringComparison.Ordinal);
        Assert.Equal("Uruguay", doc.Country);
        Assert.Equal(new ParsedSpeaker("Lucía Fernández Rivero", "Ambassador, Permanent Representative", SpeakerCapacity.Signatory), Assert.Single(doc.Speakers));
        Assert.Equal(["CERD/C/URY/CO/24-25", "A/RES/74/137"], doc.CitedSymbols);
        Assert.Contains("CERD/C/URY/CO/24-25 and on the follow-up", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("16452", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_identical_letters_reads_both_organs_and_joint_addressee()
    {
        var doc = ParseFile("identical_letters");

        Assert.Equal(DocumentKind.IdenticalLetters, doc.Kind);
        Assert.Equal("A/76/845\u2013S/2022/401", doc.Symbol);
        Assert.Equal([new ParsedOrgan("General Assembly", 76), new ParsedOrgan("Security Council", 77)], doc.Organs);
        Assert.Equal("Secretary-General and the President of the Security Council", doc.Addressee);
        Assert.Equal(new DateOnly(2022, 5, 13), doc.WrittenOn);
        Assert.Equal(new DateOnly(2022, 5, 16), doc.Date);
        Assert.Equal("Georgia", doc.Country);
        var signatory = Assert.Single(doc.Speakers);
        Assert.Equal("Ambassador Extraordinary and Plenipotentiary, Permanent Representative", signatory.Role);
        Assert.Equal(new ParsedAgendaItem("General Assembly", 76, 36, "",
            "Protracted conflicts in the GUAM area and their implications for international peace, security and development"), Assert.Single(doc.AgendaItems));
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_un_note_verbale_reads_author_without_speaker_warning()
    {
        var doc = ParseFile("note_verbale_un");

        Assert.Equal(DocumentKind.NoteVerbale, doc.Kind);
        Assert.Equal("Permanent Mission of Mongolia to the United Nations", doc.Author);
        Assert.Equal("Secretary-General", doc.Addressee);
        Assert.Equal(new DateOnly(2022, 10, 10), doc.WrittenOn);
        Assert.Equal(new DateOnly(2022, 10, 14), doc.DistributedOn);
        Assert.Equal("English", doc.Language);
        Assert.Equal("Mongolia", doc.Country);
        Assert.Empty(doc.Speakers);
        Assert.Equal(new ParsedAgendaItem("General Assembly", 77, 71, "c",
            "Promotion and protection of human rights: human rights situations and reports of special rapporteurs and representatives"), Assert.Single(doc.AgendaItems));
        Assert.Equal(["A/HRC/46/9"], doc.CitedSymbols);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_human_rights_council_statement_reads_item_with_inline_title()
    {
        var doc = ParseFile("hrc_statement");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedOrgan("Human Rights Council", 44), Assert.Single(doc.Organs));
        Assert.Equal(new ParsedAgendaItem("Human Rights Council", 44, 4, "", "Human rights situations that require the Council's attention"), Assert.Single(doc.AgendaItems));
        Assert.Equal("General debate", doc.Event);
        Assert.Equal(new DateOnly(2020, 7, 10), doc.DeliveredOn);
        Assert.Equal("Geneva", doc.Place);
        Assert.Equal(new ParsedSpeaker("Pieter van der Linden", "Deputy Permanent Representative", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal("Netherlands", doc.Country);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_news_report_from_other_agency_reads_headline_and_agency_in_dateline()
    {
        var doc = ParseFile("news_kazinform");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
        Assert.Equal(new DateOnly(2021, 10, 12), doc.PublishedOn);
        Assert.Equal("Kazinform", doc.Source);
        Assert.Equal("Astana", doc.Place);
        Assert.Equal(new ParsedSpeaker("Aibek Nurlanov", "Permanent Representative of Kazakhstan to the United Nations", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.Equal("Open debate on climate and security", doc.Event);
        Assert.Equal("Kazakhstan calls for stronger Security Council attention to water and climate risks in Central Asia", doc.Title);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_statement_without_date_warns_and_leaves_dates_null()
    {
        var doc = ParseFile("undated_statement");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Null(doc.Date);
        Assert.Null(doc.DeliveredOn);
        Assert.Contains(doc.Warnings, w => w.Field == "date");
        Assert.Equal(new ParsedSpeaker("Ingrid Solheim", "Deputy Permanent Representative of Norway to the United Nations", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.Equal("Open debate on women and peace and security", doc.Event);
        Assert.Equal(new ParsedResolution(1325, 2000, null), Assert.Single(doc.Resolutions));
    }

    [Fact]
    public void Parse_body_date_is_not_taken_as_document_date()
    {
        var doc = DocumentParser.Parse(
            "The Mission presents its compliments to the Secretariat and refers to the statement dated 2 November 2020 on the matter.",
            "inline.txt");

        Assert.Null(doc.Date);
        Assert.Contains(doc.Warnings, w => w.Field == "date");
    }

    [Fact]
    public void Parse_text_of_unknown_kind_warns_for_kind_speaker_and_organ()
    {
        var doc = DocumentParser.Parse("Some notes\n\nA list of things to buy on the way home.", "notes.txt");

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Contains(doc.Warnings, w => w.Field == "kind");
        Assert.Contains(doc.Warnings, w => w.Field == "speaker");
        Assert.Contains(doc.Warnings, w => w.Field == "organ");
        Assert.Contains(doc.Warnings, w => w.Field == "date");
        Assert.False(string.IsNullOrEmpty(doc.Title));
    }

    [Theory]
    [InlineData("Statement by the Permanent Representative of Ghana, Ambassador Kwame Mensah, at the Security Council open debate on maritime security",
        "Kwame Mensah", "Permanent Representative of Ghana to the United Nations")]
    [InlineData("**Statement by**\n**H.E. Ms. Maria Rossi**\n**Permanent Representative of Italy to the United Nations**",
        "Maria Rossi", "Permanent Representative of Italy to the United Nations")]
    [InlineData("STATEMENT BY H.E. MR. JUAN PÉREZ GARCÍA\nVICE-MINISTER FOR FOREIGN AFFAIRS OF THE REPUBLIC OF CHILE\nAT THE GENERAL DEBATE OF THE SEVENTY-SIXTH SESSION OF THE GENERAL ASSEMBLY",
        "Juan Pérez García", "Vice-Minister for Foreign Affairs of the Republic of Chile")]
    public void Parse_heading_variant_returns_speaker_and_role(string heading, string name, string role)
    {
        var doc = DocumentParser.Parse(heading + "\n\n*9 August 2021*\n\nMr. President,\n\nWe thank the presidency for convening this debate today.", "heading.txt");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedSpeaker(name, role, SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal(new DateOnly(2021, 8, 9), doc.DeliveredOn);
        Assert.StartsWith("Mr. President,", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_raw_note_verbale_reads_closing_place_and_trims_addressee()
    {
        var text = """
            No. 45/2021

            The Permanent Mission of the Republic of Poland to the United Nations presents its compliments to the Secretariat of the United Nations (Office for Disarmament Affairs) and, with reference to the note dated 15 January 2021, has the honour to transmit the national report of Poland.

            New York, 5 March 2021
            """;

        var doc = DocumentParser.Parse(text, "note.txt");

        Assert.Equal(DocumentKind.NoteVerbale, doc.Kind);
        Assert.Equal("45/2021", doc.ReferenceNumber);
        Assert.Equal("Secretariat of the United Nations (Office for Disarmament Affairs)", doc.Addressee);
        Assert.Equal(new DateOnly(2021, 3, 5), doc.WrittenOn);
        Assert.Equal("New York", doc.Place);
        Assert.Equal("Poland", doc.Country);
        Assert.DoesNotContain(doc.Warnings, w => w.Field == "speaker");
        Assert.Contains(doc.Warnings, w => w.Field == "organ");
    }

    [Fact]
    public void Parse_body_line_starting_with_contact_word_is_kept()
    {
        var doc = DocumentParser.Parse("Mr. President,\n\nInternet governance matters to us\n\nThank you.", "contact.txt");

        Assert.Contains("Internet governance matters to us", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_heading_date_of_unknown_kind_is_not_used_and_warned()
    {
        var doc = DocumentParser.Parse("Some heading\n\n6 September 2017\n\nA paragraph of running text that is not a speech, a letter or a note of any kind.", "odd.txt");

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Null(doc.Date);
        Assert.Contains(doc.Warnings, w => w.Field == "date" && w.Message.Contains("6 September 2017", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_one_line_masthead_reads_organs_symbol_and_wrapped_agenda_title()
    {
        var doc = ParseFile("letter_one_line_masthead");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal("A/74/588\u2013S/2019/907", doc.Symbol);
        Assert.Equal(new DateOnly(2019, 11, 27), doc.DistributedOn);
        Assert.Equal([new ParsedOrgan("General Assembly", 74), new ParsedOrgan("Security Council", 74)], doc.Organs);
        Assert.Equal(
            [
                new ParsedAgendaItem("General Assembly", 74, 31, "", "Prevention of armed conflict"),
                new ParsedAgendaItem("General Assembly", 74, 130, "",
                    "The responsibility to protect and the prevention of genocide, war crimes, ethnic cleansing and crimes against humanity"),
            ],
            doc.AgendaItems);
        Assert.Equal("Armenia", doc.Country);
        Assert.Equal(new ParsedSpeaker("Aram Petrosyan", "Chargé d'affaires a.i.", SpeakerCapacity.Signatory), Assert.Single(doc.Speakers));
        Assert.Empty(doc.Warnings);
    }

    [Theory]
    [InlineData("Closing remarks by Madam President")]
    [InlineData("Statement by Madam Chair")]
    [InlineData("Remarks by Mr. Co-Chair")]
    public void Parse_heading_naming_only_a_title_leaves_speaker_empty_with_warning(string heading)
    {
        var doc = DocumentParser.Parse(heading + "\n\n*9 August 2021*\n\nColleagues,\n\nWe have come to the end of a long week of work.", "title.txt");

        Assert.Empty(doc.Speakers);
        Assert.Contains(doc.Warnings, w => w.Field == "speaker" && w.Message.Contains("is a title, not a name", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_symbol_and_number_lines_inside_wrapped_sentence_stay_in_body_and_citations()
    {
        var text = "Statement by Ms. Lena Hartmann\n\n*9 August 2021*\n\nMr. President,\n\n"
            + "We welcome the report contained in document\nA/79/875-S/2025/248\nand the support it has found among the\n12\nStates of the region.\n\n"
            + "We thank you.\n19-20547 (E) 281119\n*1920547*";

        var doc = DocumentParser.Parse(text, "wrapped.txt");

        Assert.Contains("contained in document\nA/79/875-S/2025/248\nand the support", doc.Body, StringComparison.Ordinal);
        Assert.Contains("among the\n12\nStates", doc.Body, StringComparison.Ordinal);
        Assert.Equal(["A/79/875-S/2025/248"], doc.CitedSymbols);
        Assert.EndsWith("We thank you.", doc.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("at the joint meeting of the Human Rights Council forty-sixth session and the General Assembly",
        "Human Rights Council", 46, "General Assembly", null)]
    [InlineData("at the joint meeting of the General Assembly and the forty-sixth session of the Human Rights Council",
        "General Assembly", null, "Human Rights Council", 46)]
    [InlineData("at the general debate of the seventy-sixth session of the General Assembly and the Security Council",
        "General Assembly", 76, "Security Council", null)]
    [InlineData("at the General Assembly, seventy-fifth session, and the Security Council",
        "General Assembly", 75, "Security Council", null)]
    public void Parse_session_in_event_line_goes_only_to_its_own_organ(string eventLine, string first, int? firstSession, string second, int? secondSession)
    {
        var doc = DocumentParser.Parse("Statement by Ms. Lena Hartmann\n" + eventLine + "\n\n*9 August 2021*\n\nMr. President,\n\nWe thank you.", "sessions.txt");

        Assert.Equal([new ParsedOrgan(first, firstSession), new ParsedOrgan(second, secondSession)], doc.Organs);
    }

    [Fact]
    public void Parse_session_line_outside_a_block_under_two_organs_is_given_to_neither()
    {
        var text = "General Assembly Security Council\n\nSeventy-fourth session\n\nStatement by Ms. Lena Hartmann\n\n*9 August 2021*\n\nMr. President,\n\nWe thank you.";

        var doc = DocumentParser.Parse(text, "session-alone.txt");

        Assert.Equal([new ParsedOrgan("General Assembly", null), new ParsedOrgan("Security Council", null)], doc.Organs);
    }

    [Fact]
    public void Parse_heading_by_short_form_of_state_name_makes_the_state_author_not_speaker()
    {
        var doc = DocumentParser.Parse("Explanation of vote by Bolivia\n\n*9 August 2021*\n\nThank you, Chair.\n\nWe voted in favour.", "eov.txt");

        Assert.Equal(DocumentKind.ExplanationOfVote, doc.Kind);
        Assert.Equal("Bolivia (Plurinational State of)", doc.Author);
        Assert.Empty(doc.Speakers);
    }

    [Fact]
    public void Parse_statement_with_role_before_name_reads_speaker_session_dates_and_weekday_date()
    {
        var doc = ParseFile("hrc_statement_role_first");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedSpeaker("Kwame Mensah", "Permanent Representative of Ghana", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal(new ParsedOrgan("Human Rights Council", 46), Assert.Single(doc.Organs));
        Assert.Equal(new DateOnly(2021, 3, 3), doc.DeliveredOn);
        Assert.Equal("Interactive dialogue with the Special Rapporteur on the right to food", doc.Event);
        Assert.Equal("Permanent Mission of the Republic of Ghana to the United Nations Office at Geneva", doc.Author);
        var item = Assert.Single(doc.AgendaItems);
        Assert.Equal(3, item.Number);
        Assert.StartsWith("Promotion and protection of all human rights", item.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("22 February", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_geneva_note_verbale_skips_long_letterhead_and_reads_reference_and_furniture()
    {
        var doc = ParseFile("note_verbale_geneva");

        Assert.Equal(DocumentKind.NoteVerbale, doc.Kind);
        Assert.Equal("12/2020", doc.ReferenceNumber);
        Assert.Equal("Office of the United Nations High Commissioner for Human Rights", doc.Addressee);
        Assert.Equal(new DateOnly(2020, 3, 10), doc.WrittenOn);
        Assert.Equal("Geneva", doc.Place);
        Assert.Equal("Ghana", doc.Country);
        Assert.StartsWith("The Permanent Mission of the Republic of Ghana", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Rue de Lausanne", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Please recycle", doc.Body, StringComparison.Ordinal);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Parse_committee_agenda_and_session_lines_under_the_speaker_are_meeting_particulars_not_role()
    {
        var doc = ParseFile("sixth_committee_particulars");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedSpeaker("Kenji Tanaka", "Deputy Permanent Representative of Japan to the United Nations", SpeakerCapacity.Speaker),
            Assert.Single(doc.Speakers));
        Assert.Equal([new ParsedOrgan("Sixth Committee", null), new ParsedOrgan("General Assembly", 78)], doc.Organs);
        Assert.Equal(new ParsedAgendaItem("General Assembly", 78, 83, "", "The rule of law at the national and international levels"),
            Assert.Single(doc.AgendaItems));
        Assert.Equal(new DateOnly(2023, 10, 11), doc.DeliveredOn);
        Assert.Equal("Permanent Mission of Japan to the United Nations", doc.Author);
        Assert.StartsWith("Mr. Chair,", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_shouted_one_line_heading_reads_speaker_role_organ_and_event()
    {
        var doc = ParseFile("security_council_shouted_heading");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedSpeaker("María Fernanda López", "Permanent Representative of Chile to the United Nations", SpeakerCapacity.Speaker),
            Assert.Single(doc.Speakers));
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.Equal("Open debate on Women, Peace and Security", doc.Event);
        Assert.Equal(new DateOnly(2023, 1, 12), doc.DeliveredOn);
        Assert.Equal("New York", doc.Place);
        Assert.Equal(["S/2022/740"], doc.CitedSymbols);
        Assert.Equal(new ParsedResolution(1325, 2000, null), Assert.Single(doc.Resolutions));
        Assert.DoesNotContain("Check against delivery", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_heading_after_session_and_item_lines_in_one_paragraph_reads_both()
    {
        var doc = ParseFile("hrc_particulars_before_heading");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedOrgan("Human Rights Council", 46), Assert.Single(doc.Organs));
        // "Item 2: Interactive dialogue on …" names the meeting held under the item, not the item's title.
        Assert.Equal(new ParsedAgendaItem("Human Rights Council", 46, 2, "", null), Assert.Single(doc.AgendaItems));
        Assert.Equal("Delegation of the Kingdom of the Netherlands", doc.Author);
        Assert.Equal("Netherlands", doc.Country);
        Assert.Equal("Interactive dialogue on the annual report of the High Commissioner", doc.Event);
        Assert.Equal(new DateOnly(2021, 3, 15), doc.DeliveredOn);
        Assert.Equal("Geneva", doc.Place);
        Assert.Empty(doc.Speakers);
    }

    [Fact]
    public void Parse_date_closing_the_heading_line_is_the_delivery_date_not_part_of_the_event()
    {
        var doc = ParseFile("remarks_date_on_heading_line");

        Assert.Equal(new DateOnly(2022, 5, 3), doc.DeliveredOn);
        Assert.Equal("Briefing on Non-proliferation", doc.Event);
        Assert.Equal("Security Council", Assert.Single(doc.Organs).Name);
        Assert.Equal("Li Wen", Assert.Single(doc.Speakers).Name);
        Assert.DoesNotContain(doc.Warnings, w => w.Field == "date");
    }

    [Fact]
    public void Parse_markdown_heading_and_speaker_paragraph_read_kind_state_and_speaker()
    {
        var doc = ParseFile("markdown_explanation_of_position");

        Assert.Equal(DocumentKind.ExplanationOfVote, doc.Kind);
        Assert.Equal(new ParsedSpeaker("Helen Marsh", "UK Permanent Representative to the UN", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal("United Kingdom", doc.Author);
        Assert.Equal(new DateOnly(2022, 12, 9), doc.DeliveredOn);
        Assert.DoesNotContain("#", doc.Title, StringComparison.Ordinal);
        Assert.StartsWith("Thank you, President.", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_mission_letter_without_un_title_reads_letter_signer_and_addressee()
    {
        var doc = ParseFile("mission_letter_without_un_title");

        Assert.Equal(DocumentKind.Letter, doc.Kind);
        Assert.Equal(new DateOnly(2021, 6, 5), doc.WrittenOn);
        Assert.Null(doc.DeliveredOn);
        Assert.Equal(new ParsedSpeaker("Daniel Kipchumba", "Ambassador and Permanent Representative", SpeakerCapacity.Signatory), Assert.Single(doc.Speakers));
        Assert.Equal("Secretary-General of the United Nations", doc.Addressee);
        Assert.Equal("KMUN/SG/12/2021", doc.ReferenceNumber);
        Assert.Equal("Kenya", doc.Country);
        Assert.Contains("Daniel Kipchumba\\\nAmbassador and Permanent Representative", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Jonas Lindqvist", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_news_report_with_headline_takes_the_event_from_the_report_not_the_headline()
    {
        var doc = ParseFile("news_headline_apa");

        Assert.Equal(DocumentKind.NewsReport, doc.Kind);
        Assert.Equal("Azerbaijan calls for accountability at UN Security Council debate", doc.Title);
        Assert.Equal("Open debate on the protection of civilians in armed conflict", doc.Event);
        Assert.Equal("APA", doc.Source);
        Assert.Equal(new ParsedSpeaker("Yashar Aliyev", "Permanent Representative of Azerbaijan to the UN", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        // "May 25" gives no year, so no date is made up.
        Assert.Null(doc.Date);
        Assert.Contains(doc.Warnings, w => w.Field == "date");
    }

    [Fact]
    public void Parse_event_paragraph_under_heading_with_no_break_spaces_reads_date_place_organ_and_event()
    {
        var doc = ParseFile("sc_heading_at_paragraph_nbsp");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new DateOnly(2024, 6, 26), doc.DeliveredOn);
        Assert.Equal("New York", doc.Place);
        Assert.Equal(new ParsedOrgan("Security Council", null), Assert.Single(doc.Organs));
        Assert.Equal("Open debate on “Children and armed conflict”", doc.Event);
        Assert.Equal("Sri Lanka", doc.Country);
        Assert.StartsWith("Mr. President,", doc.Body, StringComparison.Ordinal);
        Assert.Equal(["A/78/842–S/2024/384"], doc.CitedSymbols);
    }

    [Fact]
    public void Parse_council_session_line_with_dash_and_item_naming_general_debate_reads_session_item_event_and_state()
    {
        var doc = ParseFile("hrc_item_general_debate_crlf");

        Assert.Equal(new ParsedOrgan("Human Rights Council", 52), Assert.Single(doc.Organs));
        Assert.Equal(new ParsedAgendaItem("Human Rights Council", 52, 4, "", "Human rights situations that require the Council’s attention"),
            Assert.Single(doc.AgendaItems));
        Assert.Equal("General debate", doc.Event);
        Assert.Equal("Kingdom of Belgium", doc.Author);
        Assert.Equal("Belgium", doc.Country);
        Assert.Equal("Counsellor", Assert.Single(doc.Speakers).Role);
        Assert.Equal(["A/HRC/RES/51/12"], doc.CitedSymbols);
        Assert.Empty(doc.Warnings);
    }

    [Theory]
    [InlineData("Joint Statement by Norlandia, Estavia and the Republic of Pelaro", "Norlandia, Estavia and the Republic of Pelaro")]
    [InlineData("Joint Statement by Iceland, Estonia and the Republic of Korea", "Iceland, Estonia and the Republic of Korea")]
    [InlineData("Statement by Iceland, Estonia and the Republic of Korea", "Iceland, Estonia and the Republic of Korea")]
    [InlineData("Joint statement by the Nordic countries: Denmark, Finland, Iceland, Norway and Sweden", "Nordic countries: Denmark, Finland, Iceland, Norway and Sweden")]
    public void Parse_heading_by_several_states_makes_the_list_author_and_leaves_country_empty(string heading, string author)
    {
        var doc = DocumentParser.Parse(heading + "\n\nSecurity Council open debate on cyber threats\n\n"
            + "Delivered by Ms. Sigga Thorvaldsdottir, Deputy Permanent Representative of Iceland\n\n20 June 2024\n\nThank you, Chair.\n\nThank you.", "t.txt");

        Assert.Equal(author, doc.Author);
        Assert.Null(doc.Country);
        Assert.Equal("Sigga Thorvaldsdottir", Assert.Single(doc.Speakers).Name);
        Assert.Contains(doc.Warnings, w => w.Field == "country" && w.Message.Contains("joint statement", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_joint_statements_read_author_list_event_and_delivering_speaker()
    {
        var three = ParseFile("joint_statement_three_states");
        var holySee = ParseFile("joint_statement_delivered_by_counsellor");
        var nordic = ParseFile("joint_statement_nordic_interactive_dialogue");

        Assert.Equal("Iceland, Estonia and the Republic of Korea", three.Author);
        Assert.Null(three.Country);
        Assert.Equal("Arria-formula meeting on cyber threats to critical infrastructure", three.Event);
        Assert.Equal("Joint statement by Sigga Thorvaldsdottir at the Arria-formula meeting on cyber threats to critical infrastructure", three.Title);
        Assert.Equal("Holy See, the State of Palestine and Switzerland", holySee.Author);
        Assert.Null(holySee.Country);
        Assert.Equal(new ParsedSpeaker("Marco Bellini", "Counsellor", SpeakerCapacity.Speaker), Assert.Single(holySee.Speakers));
        Assert.Null(nordic.Country);
        Assert.Equal("Interactive dialogue with the Special Rapporteur on freedom of expression", nordic.Event);
        Assert.Equal(new ParsedAgendaItem("Human Rights Council", 55, 3, "", null), Assert.Single(nordic.AgendaItems));
    }

    [Fact]
    public void Parse_heading_lines_naming_group_segment_or_discussion_are_kept_in_fields()
    {
        var g77 = ParseFile("g77_second_committee_shouted");
        var csw = ParseFile("csw_date_first_general_discussion");
        var hlpf = ParseFile("hlpf_ministerial_segment");

        Assert.Equal("Second Committee", g77.Organs[0].Name);
        Assert.Equal("General debate", g77.Event);
        Assert.EndsWith(", on behalf of the Group of 77 and China", Assert.Single(g77.Speakers).Role, StringComparison.Ordinal);
        Assert.Equal("United Republic of Tanzania", g77.Country);
        Assert.Equal(new ParsedOrgan("Commission on the Status of Women", 66), Assert.Single(csw.Organs));
        Assert.Equal("General discussion", csw.Event);
        Assert.Equal("Slovakia", csw.Country);
        Assert.Equal("High-level political forum on sustainable development, ministerial segment", hlpf.Event);
        Assert.Equal("Economic and Social Council", Assert.Single(hlpf.Organs).Name);
    }

    [Fact]
    public void Parse_repeated_markdown_heading_with_role_adds_the_role()
    {
        var doc = ParseFile("markdown_repeated_heading");

        Assert.Equal(DocumentKind.Statement, doc.Kind);
        Assert.Equal(new ParsedSpeaker("Evil Tester", "Counsellor of the Permanent Mission of Iceland", SpeakerCapacity.Speaker), Assert.Single(doc.Speakers));
        Assert.Equal("Iceland", doc.Country);
        Assert.Equal(new DateOnly(2024, 5, 10), doc.DeliveredOn);
        Assert.StartsWith("Mr. President,", doc.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Commission on the Status of Women, sixty-sixth session, interactive dialogue", "Statement by Ana Ruiz at the interactive dialogue")]
    [InlineData("Security Council Arria-formula meeting on cyber threats", "Statement by Ana Ruiz at the Arria-formula meeting on cyber threats")]
    [InlineData("Security Council open debate on cyber threats", "Statement by Ana Ruiz at the open debate on cyber threats")]
    [InlineData("Conference on Disarmament", "Statement by Ana Ruiz at the Conference on Disarmament")]
    public void Parse_title_keeps_proper_names_capitalised_and_session_out_of_the_event(string eventLine, string title)
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz, Counsellor of the Permanent Mission of Chile\n\n" + eventLine
            + "\n\n3 May 2022\n\nMr. President,\n\nThank you.", "t.txt");

        Assert.Equal(title, doc.Title);
    }

    [Fact]
    public void Parse_heading_line_no_rule_reads_stays_at_the_top_of_the_body()
    {
        var doc = DocumentParser.Parse("Statement by Ms. Ana Ruiz, Counsellor of the Permanent Mission of Chile\n\nUnofficial translation\n\n"
            + "Check against delivery\n\n3 May 2022\n\nMr. President,\n\nThank you.", "t.txt");

        Assert.StartsWith("Unofficial translation\n\nMr. President,", doc.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Check against delivery", doc.Body, StringComparison.Ordinal);
    }
}
