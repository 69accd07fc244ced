using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Curation;
using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Uploads are drafts until published from the review page; command-line imports wait in the review queue.</summary>
public class ReviewFlowTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    /// <summary>A two-page letter in a PDF whose words ("Quillonia") appear in no seed, so searches find only it.</summary>
    private static byte[] QuilloniaLetter(string day = "14") => GeneratedFiles.Pdf(
    [
        [
            "United Nations A/78/901",
            "General Assembly Distr.: General",
            $"{day} March 2024",
            "",
            $"Letter dated {day} March 2024 from the Permanent Representative of Quillonia to the United Nations addressed to the Secretary-General",
            "",
            "I have the honour to inform you that the Government of Quillonia has ratified the Convention on the Law of",
            "the Sea and wishes the present letter to be circulated as a document of the General Assembly.",
            "",
            "24-05123 (E) 150324",
        ],
        [
            "A/78/901",
            "",
            "The Government of Quillonia renews its commitment to the peaceful settlement of disputes.",
            "",
            "(Signed) Ormond Vellacott",
            "Permanent Representative",
            "2/2 24-05123",
        ],
    ]);

    [Fact]
    public async Task Upload_is_a_draft_hidden_from_every_public_page_until_an_archivist_publishes_it()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        using var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var letter = QuilloniaLetter();
        string[] lists = ["/", "/organs", "/speakers", "/kinds", "/browse", "/missions"];
        var before = new List<string>();
        foreach (var list in lists)
            before.Add(await reader.GetStringAsync(list));
        var uploaded = await UploadAsync(archivist, [("quillonia.pdf", letter)]);
        var review = uploaded.QuerySelector("[data-test=review-link]")!.GetAttribute("href")!;
        var slug = review.Split('/')[3];

        Assert.NotNull(uploaded.QuerySelector("[data-test=stored-as-draft]"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/documents/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/documents/{slug}/original")).StatusCode);
        Assert.Equal(0, await TotalAsync(reader, "quillonia"));
        Assert.DoesNotContain(slug, await reader.GetStringAsync("/"));
        Assert.DoesNotContain("Vellacott", await reader.GetStringAsync("/speakers"));
        Assert.DoesNotContain(slug, await (await reader.GetAsync("/browse/2024/03/14")).Content.ReadAsStringAsync());
        // Every public list and count reads exactly as before the upload.
        for (var i = 0; i < lists.Length; i++)
            Assert.Equal(before[i], await reader.GetStringAsync(lists[i]));
        var draft = await archivist.GetAsync($"/documents/{slug}");
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.Contains("data-test=\"draft-banner\"", await draft.Content.ReadAsStringAsync());

        var published = await ArchiveWebFactory.SubmitAsync(archivist, review, "form[action$='handler=Publish']", []);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/documents/{slug}")).StatusCode);
        Assert.Equal(1, await TotalAsync(reader, "quillonia"));
        var original = await reader.GetAsync($"/documents/{slug}/original");
        Assert.Equal("application/pdf", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(letter, await original.Content.ReadAsByteArrayAsync());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var document = await db.Documents.SingleAsync(d => d.Slug == slug);
        Assert.False(document.IsDraft);
        Assert.NotNull(document.ReviewedAt);
        Assert.Equal(["imported", "published"], await db.Revisions.Where(r => r.DocumentId == document.Id).OrderBy(r => r.Number).Select(r => r.Summary).ToListAsync());
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "publish" && a.Target == slug));
    }

    [Fact]
    public async Task Publish_from_a_page_opened_before_another_save_is_refused_and_the_draft_stays_a_draft()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var uploaded = await UploadAsync(archivist, [("quillonia-17.pdf", QuilloniaLetter("17"))]);
        var review = uploaded.QuerySelector("[data-test=review-link]")!.GetAttribute("href")!;
        var stale = new HtmlParser().ParseDocument(await archivist.GetStringAsync(review));
        var fields = stale.QuerySelector("form[action$='handler=Publish']")!.QuerySelectorAll("input")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        await ArchiveWebFactory.SubmitAsync(archivist, review, "[data-test=edit-form]", new() { ["Form.Title"] = "Letter from Quillonia on the Law of the Sea" });

        var refused = await archivist.PostAsync(review + "?handler=Publish", new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        Assert.Contains("saved this document after you opened it", page.QuerySelector("[data-test=problem]")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-test=draft-banner]"));
        using var scope = factory.Services.CreateScope();
        var slug = review.Split('/')[3];
        Assert.True(await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().AnyAsync(d => d.Key == DocumentLoader.KeyOf(slug) && d.IsDraft));
    }

    [Fact]
    public async Task Review_page_lists_every_import_warning_and_the_evidence_the_parser_gives_for_each_field()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var uploaded = await UploadAsync(archivist, [("quillonia-15.pdf", QuilloniaLetter("15"))]);
        var review = uploaded.QuerySelector("[data-test=review-link]")!.GetAttribute("href")!;
        var slug = review.Split('/')[3];

        var page = new HtmlParser().ParseDocument(await archivist.GetStringAsync(review));

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var document = await db.Documents.IgnoreQueryFilters().Include(d => d.Original).SingleAsync(d => d.Slug == slug);
        Assert.Equal(document.ImportWarnings, page.QuerySelectorAll("[data-test=review-warning]").Select(w => w.TextContent.Trim()));
        Assert.NotNull(page.QuerySelector("[data-test=draft-banner]"));
        var evidence = DocumentParser.Parse(document.Original!.ExtractedText!, document.Original.FileName).Evidence;
        Assert.Equal(evidence.Count, page.QuerySelectorAll(".evidence").Length);
        foreach (var field in evidence)
        {
            var shown = page.QuerySelectorAll($"[data-test='evidence-{field.Field}']").Select(e => e.TextContent).ToList();
            Assert.Contains(shown, text => text.Contains(field.Quote, StringComparison.Ordinal) && text.Contains(field.Rule, StringComparison.Ordinal));
            if (field.RunnerUp is { } runnerUp)
                Assert.Contains(shown, text => text.Contains(runnerUp.Quote, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Command_line_import_is_public_and_waits_in_the_queue_oldest_first_until_marked_reviewed()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var older = await factory.ImportAsync("queue-older.txt", Statement("Perpetua Oldfield", "3 April 2024"));
        var newer = await factory.ImportAsync("queue-newer.txt", Statement("Quentin Newbold", "4 April 2024"));

        var queue = new HtmlParser().ParseDocument(await archivist.GetStringAsync("/curate/review"));
        var rows = queue.QuerySelectorAll("[data-test=unreviewed] [data-test=queue-row]").Select(r => r.QuerySelector("a")!.GetAttribute("href")!).ToList();
        Assert.True(rows.IndexOf(EditOf(older)) < rows.IndexOf(EditOf(newer)), string.Join(", ", rows));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync(older)).StatusCode);
        var before = await factory.CountsAsync(audit: false);

        var marked = await ArchiveWebFactory.SubmitAsync(archivist, "/curate/review",
            $"[data-test=unreviewed] [data-slug='{older.Split('/')[2]}'] form", [], "Reviewed");

        var after = new HtmlParser().ParseDocument(await marked.Content.ReadAsStringAsync());
        Assert.Equal("Marked as reviewed.", after.QuerySelector("[data-test=message]")!.TextContent);
        var left = after.QuerySelectorAll("[data-test=unreviewed] [data-test=queue-row] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.DoesNotContain(EditOf(older), left);
        Assert.Contains(EditOf(newer), left);
        Assert.NotEqual(before, await factory.CountsAsync(audit: false));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "review" && a.Target == older.Split('/')[2]));
        var edit = new HtmlParser().ParseDocument(await archivist.GetStringAsync(EditOf(older)));
        Assert.NotNull(edit.QuerySelector("[data-test=reviewed-note]"));
    }

    [Fact]
    public async Task Upload_identical_to_a_stored_document_names_it_with_a_link_and_stores_nothing()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var seed = await File.ReadAllBytesAsync(Path.Combine(ArchiveWebFactory.RepositoryRoot(), "seeds", "002_81f3dbfb7eed6bc0.txt"));
        var draft = QuilloniaLetter("16");
        await UploadAsync(archivist, [("first.pdf", draft)]);
        var before = await factory.CountsAsync(audit: false);

        var page = await UploadAsync(archivist, [("seed.txt", seed), ("again.pdf", draft)]);

        var results = page.QuerySelectorAll("[data-test=result]").ToDictionary(r => r.GetAttribute("data-file")!, r => r);
        var seedLink = results["seed.txt"].QuerySelector("[data-test=duplicate-link]")!;
        Assert.StartsWith("Already in the archive as Letter dated 26 November 2019", results["seed.txt"].QuerySelector("[data-test=duplicate]")!.TextContent.Trim());
        Assert.StartsWith("/documents/", seedLink.GetAttribute("href"));
        Assert.StartsWith("/curate/documents/", results["again.pdf"].QuerySelector("[data-test=duplicate-link]")!.GetAttribute("href"));
        Assert.Contains("a draft not yet published", results["again.pdf"].TextContent);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Theory]
    [InlineData("note.docx")]
    [InlineData("statement.html")]
    public async Task Word_and_web_page_uploads_are_read_and_stored_as_drafts_with_their_originals(string name)
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var content = name.EndsWith(".docx", StringComparison.Ordinal) ? GeneratedFiles.MissionLetterDocx() : GeneratedFiles.MissionWebPage();

        var page = await UploadAsync(archivist, [(name, content)]);

        var result = page.QuerySelector("[data-test=result]")!;
        Assert.Equal("Imported", result.GetAttribute("data-status"));
        var slug = result.QuerySelector("[data-test=review-link]")!.GetAttribute("href")!.Split('/')[3];
        var original = await archivist.GetAsync($"/documents/{slug}/original");
        Assert.Equal(content, await original.Content.ReadAsByteArrayAsync());
        // A web page is never served as HTML from the archive's own address.
        Assert.NotEqual("text/html", original.Content.Headers.ContentType!.MediaType);
        var edit = new HtmlParser().ParseDocument(await archivist.GetStringAsync($"/curate/documents/{slug}/edit"));
        Assert.Contains(name.EndsWith(".docx", StringComparison.Ordinal) ? "highest consideration" : "Charter of the United Nations",
            edit.QuerySelector("[data-test=body-input]")!.TextContent);
        Assert.DoesNotContain("Share on Facebook", edit.QuerySelector("[data-test=body-input]")!.TextContent);
    }

    [Fact]
    public async Task Scanned_pdf_upload_is_refused_saying_it_has_no_text_layer()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);

        var page = await UploadAsync(archivist, [("scan.pdf", GeneratedFiles.ScannedPdf())]);

        Assert.Contains("no text layer", page.QuerySelector("[data-test=reason]")!.TextContent);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Organ_and_session_are_edited_at_document_level_and_saved_as_a_revision()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var permalink = await factory.ImportAsync("organ-edit.txt", Statement("Rosalind Organa", "5 April 2024"));
        var edit = EditOf(permalink);

        var saved = await ArchiveWebFactory.SubmitAsync(archivist, edit, "[data-test=edit-form]", new()
        {
            ["Form.Organs[0].Name"] = "Security Council",
            ["Form.Organs[0].Session"] = "79",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = new HtmlParser().ParseDocument(await archivist.GetStringAsync(edit));
        Assert.Equal("Security Council", page.QuerySelectorAll("[data-test=organ-select]")[0].QuerySelector("option[selected]")!.TextContent);
        Assert.Equal("79", page.QuerySelectorAll("[data-test=organ-session]")[0].GetAttribute("value"));
        var history = await archivist.GetStringAsync(permalink.Replace("/documents/", "/curate/documents/", StringComparison.Ordinal) + "/history");
        Assert.Contains("organs", history);
    }

    [Fact]
    public async Task Organ_not_in_the_archive_is_refused_and_nothing_is_saved()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var permalink = await factory.ImportAsync("organ-bad.txt", Statement("Sabine Badorgan", "6 April 2024"));
        var before = await factory.CountsAsync(audit: false);

        var refused = await ArchiveWebFactory.SubmitAsync(archivist, EditOf(permalink), "[data-test=edit-form]", new() { ["Form.Organs[0].Name"] = "Galactic Senate" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is not an organ in the archive", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Use_runner_up_for_a_field_without_one_changes_nothing_and_says_so()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var permalink = await factory.ImportAsync("runner-up.txt", Statement("Ulrike Runnerup", "8 April 2024"));
        var before = await factory.CountsAsync(audit: false);

        var response = await ArchiveWebFactory.SubmitAsync(archivist, EditOf(permalink), "[data-test=edit-form]", new() { ["useField"] = "no-such-field" }, "UseRunnerUp");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("has no runner-up for “no-such-field”", page.QuerySelector("[data-test=problem]")!.TextContent);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Kind_list_shows_display_names_not_enum_names()
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var permalink = await factory.ImportAsync("kinds.txt", Statement("Tamsin Kindly", "7 April 2024"));

        var page = new HtmlParser().ParseDocument(await archivist.GetStringAsync(EditOf(permalink)));

        var options = page.QuerySelectorAll("[data-test=kind-select] option").Select(o => o.TextContent).ToList();
        Assert.Contains("Note verbale", options);
        Assert.Contains("Explanation of vote", options);
        Assert.Contains("Right of reply", options);
        Assert.DoesNotContain(options, o => o is "NoteVerbale" or "ExplanationOfVote" or "RightOfReply" or "NewsReport");
    }

    [Fact]
    public async Task Other_spelling_of_a_speaker_redirects_permanently_to_the_persons_page()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var aliases = await db.SpeakerAliases.Join(db.Speakers, a => a.SpeakerId, s => s.Id, (a, s) => new { a.Spelling, s.Slug }).ToListAsync();
        var other = aliases.First(a => Slugs.From(a.Spelling) != a.Slug);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/speakers/" + Slugs.From(other.Spelling));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/speakers/" + other.Slug, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Date_filter_finds_a_letter_by_the_day_it_is_dated_not_only_the_day_it_was_distributed()
    {
        using var client = factory.CreateClient();

        Assert.Equal(1, await TotalAsync(client, "date:2019-11-26 genocide"));
        Assert.Equal(1, await TotalAsync(client, "date:2019-11-27 genocide"));
        Assert.Equal(0, await TotalAsync(client, "date:2019-11-25 genocide"));
    }

    private static string EditOf(string permalink) => permalink.Replace("/documents/", "/curate/documents/", StringComparison.Ordinal) + "/edit";

    private static string Statement(string speaker, string date) => $"""
        Statement by Mr. {speaker}
        Permanent Representative of Norland to the United Nations

        {date}

        Mr. President,

        My delegation thanks the Secretary-General for his report and welcomes the steps taken so far by {speaker}'s colleagues.
        We call on all parties to respect the ceasefire and to return to the negotiating table without delay.
        """;

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, IEnumerable<(string Name, byte[] Content)> files)
    {
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/curate/add"));
        var token = form.QuerySelector("[data-test=add-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "Files", name);
        }
        var response = await client.PostAsync("/curate/add", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
