using System.Net;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Correcting documents through the pages: edit with revisions, history, restore, conflicts, withdraw and reinstate.</summary>
public class CurationTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Edit_saves_a_revision_and_the_history_shows_the_field_and_text_diff()
    {
        var slug = await SlugOfAsync("Azerbaijan", "NoteVerbale");
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var body = await BodyAsync(slug);

        var saved = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new()
        {
            ["Form.Title"] = "Note verbale on the occupied territories",
            ["Form.Body"] = body + "\n\nA sentence added by the archivist.",
            ["Form.Comment"] = "Clearer title",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var history = await ParseAsync(client, $"/curate/documents/{slug}/history");
        var revisions = history.QuerySelectorAll("[data-test=revision]");
        Assert.Equal(["2", "1"], revisions.Select(r => r.GetAttribute("data-number")));
        Assert.Equal("Clearer title", revisions[0].QuerySelector("[data-test=revision-comment]")!.TextContent);
        Assert.Equal("importer", revisions[1].QuerySelector("[data-test=revision-user]")!.TextContent);
        var title = revisions[0].QuerySelector("[data-test=diff-field][data-field=Title]")!;
        Assert.Contains("Note verbale on the occupied territories", title.QuerySelector("ins")!.TextContent);
        Assert.Contains(revisions[0].QuerySelectorAll("[data-test=diff-added]"), l => l.TextContent.Contains("A sentence added by the archivist.", StringComparison.Ordinal));
        var page = await factory.GetDocumentAsync($"/documents/{slug}");
        Assert.Equal("Note verbale on the occupied territories", page.QuerySelector("[data-test=title]")!.TextContent);
    }

    [Fact]
    public async Task Second_save_from_an_old_version_is_refused_shows_the_other_change_and_overwrites_nothing()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Letter");
        using var first = await factory.SignedInClientAsync(Roles.Archivist, $"first-{Guid.NewGuid():N}@example.org");
        using var second = await factory.SignedInClientAsync(Roles.Archivist);
        var secondForm = await ParseAsync(second, $"/curate/documents/{slug}/edit");
        var staleVersion = secondForm.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;

        var won = await ArchiveWebFactory.SubmitAsync(first, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Place"] = "New York (first)" });
        Assert.Equal(HttpStatusCode.Redirect, won.StatusCode);
        var before = await factory.CountsAsync(audit: false);
        var lost = await ArchiveWebFactory.SubmitAsync(second, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new()
        {
            ["Form.Version"] = staleVersion,
            ["Form.Place"] = "Geneva (second)",
        });

        Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        var page = new HtmlParser().ParseDocument(await lost.Content.ReadAsStringAsync());
        var conflict = page.QuerySelector("[data-test=conflict]")!;
        Assert.Contains("saved this document after you opened it", conflict.TextContent);
        Assert.Contains("New York (first)", conflict.QuerySelector("[data-test=their-changes]")!.TextContent);
        Assert.Contains("Geneva (second)", conflict.QuerySelector("[data-test=your-changes]")!.TextContent);
        Assert.Equal("New York (first)", page.QuerySelector("input[name='Form.Place']")!.GetAttribute("value"));
        Assert.Equal(before, await factory.CountsAsync(audit: false));
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        Assert.Equal("New York (first)", await db.Documents.Where(d => d.Slug.StartsWith(slug.Substring(0, 10))).Select(d => d.Place).FirstAsync(d => d != null && d.Contains("first")));
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Outcome == "conflict");
    }

    [Fact]
    public async Task Restore_of_an_earlier_revision_is_itself_a_new_revision()
    {
        var slug = await SlugOfAsync("Trend", "NewsReport");
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var original = await TitleAsync(slug);
        await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Title"] = "A worse title" });

        var restored = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/history", "[data-test=revision][data-number='1'] form", [], "Restore");

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(original, await TitleAsync(slug));
        var history = await ParseAsync(client, $"/curate/documents/{slug}/history");
        Assert.Equal(["3", "2", "1"], history.QuerySelectorAll("[data-test=revision]").Select(r => r.GetAttribute("data-number")));
        Assert.Equal("Restored revision 1", history.QuerySelector("[data-test=revision-comment]")!.TextContent);
    }

    [Fact]
    public async Task Edit_with_an_empty_body_or_a_bad_date_is_refused_with_a_message_and_changes_nothing()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Statement");
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);

        var empty = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Body"] = "  " });
        var badDate = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.DeliveredOn"] = "31 Febtember" });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("The text cannot be empty", await empty.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, badDate.StatusCode);
        Assert.Contains("not valid", await badDate.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Withdrawn_document_answers_410_with_the_reason_to_readers_and_archivists_can_reinstate_it()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Letter", last: true);
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        using var reader = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var withdrawn = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/withdraw", "form.curate-form", new() { ["Reason"] = "Duplicate of a better copy" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var gone = await reader.GetAsync($"/documents/{slug}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var notice = new HtmlParser().ParseDocument(await gone.Content.ReadAsStringAsync());
        Assert.Equal("Duplicate of a better copy", notice.QuerySelector("[data-test=withdrawn-reason]")!.TextContent);
        Assert.DoesNotContain(slug, await reader.GetStringAsync("/"));

        var seen = await ParseAsync(archivist, $"/documents/{slug}");
        Assert.Contains("Duplicate of a better copy", seen.QuerySelector("[data-test=withdrawn-banner]")!.TextContent);
        var reinstated = await ArchiveWebFactory.SubmitAsync(archivist, $"/documents/{slug}", "[data-test=archivist-toolbar] form", []);
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync($"/documents/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Withdraw_without_a_reason_is_refused_and_changes_nothing()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Statement");
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);

        var refused = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/withdraw", "form.curate-form", new() { ["Reason"] = "" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give a reason", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Post_without_an_antiforgery_token_is_refused_even_when_signed_in()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Statement");
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync();

        var response = await archivist.PostAsync($"/curate/documents/{slug}/withdraw", new FormUrlEncodedContent(new Dictionary<string, string> { ["Reason"] = "No token" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Audit_log_lists_writes_for_administrators()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Statement");
        var email = $"audited-{Guid.NewGuid():N}@example.org";
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist, email);
        await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Source"] = "Audited source" });
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        var log = await ParseAsync(admin, "/admin/audit?Filter.User=" + Uri.EscapeDataString(email));

        var rows = log.QuerySelectorAll("[data-test=audit-row]");
        Assert.Contains(rows, r => r.GetAttribute("data-action") == "edit" && r.GetAttribute("data-outcome") == "succeeded" && r.TextContent.Contains(email));
        Assert.Contains(rows, r => r.GetAttribute("data-action") == "sign in");
    }

    [Fact]
    public async Task Audit_log_shows_a_hundred_entries_a_page_newest_first_with_a_link_to_older_ones()
    {
        var user = $"paged-{Guid.NewGuid():N}@example.org";
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
            for (var i = 0; i < 130; i++)
                db.AuditEntries.Add(new Archive.Core.Audit.AuditEntry { At = DateTimeOffset.UtcNow, User = user, Action = "edit", Target = $"target-{i:000}", Outcome = "succeeded" });
            await db.SaveChangesAsync();
        }
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        var first = await ParseAsync(admin, "/admin/audit?Filter.User=" + Uri.EscapeDataString(user));
        var older = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await ParseAsync(admin, "/admin/audit" + older);

        Assert.Equal(100, first.QuerySelectorAll("[data-test=audit-row]").Length);
        Assert.Contains("target-129", first.QuerySelector("[data-test=audit-row]")!.TextContent);
        Assert.Equal(30, second.QuerySelectorAll("[data-test=audit-row]").Length);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public async Task Administrator_creates_an_archivist_who_can_then_sign_in_and_an_archivist_cannot()
    {
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        var email = $"new-{Guid.NewGuid():N}@example.org";

        var created = await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", "[data-test=create-user]", new() { ["Email"] = email, ["Password"] = "Fresh-Password-42", ["Role"] = Roles.Archivist });

        Assert.Contains("Created", await created.Content.ReadAsStringAsync());
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = "Fresh-Password-42" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var before = await factory.CountsAsync(audit: false);
        var refused = await client.PostAsync("/admin/users?handler=Create", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.org", ["Password"] = "Fresh-Password-42", ["Role"] = Roles.Administrator }));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/denied", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Withdrawn_document_keeps_its_text_and_revisions_visible_to_archivists_and_reinstating_restores_it_exactly()
    {
        var slug = (await factory.ImportAsync("withdraw-me.txt", """
            Statement by Ms. Wilma Withdrawson
            Permanent Representative of Norland to the United Nations

            3 April 2024

            Mr. President, my delegation welcomes the report and supports the mandate renewal before the Council today.
            """))["/documents/".Length..];
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Place"] = "Baku (corrected)", ["Form.Comment"] = "Place" });
        slug = await SlugOfKeyAsync(slug[^12..]);
        var before = await StateAsync(slug);
        var historyBefore = (await ParseAsync(archivist, $"/curate/documents/{slug}/history")).QuerySelector("[data-test=revisions]")!.TextContent;

        await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/withdraw", "form.curate-form", new() { ["Reason"] = "Copyright question" });

        var history = await archivist.GetAsync($"/curate/documents/{slug}/history");
        Assert.Equal(HttpStatusCode.OK, history.StatusCode);
        var revisions = new HtmlParser().ParseDocument(await history.Content.ReadAsStringAsync()).QuerySelector("[data-test=revisions]")!;
        Assert.Equal(historyBefore, revisions.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await archivist.GetAsync($"/curate/documents/{slug}/edit")).StatusCode);
        await ArchiveWebFactory.SubmitAsync(archivist, $"/documents/{slug}", "[data-test=archivist-toolbar] form", []);
        Assert.Equal(before, await StateAsync(slug));
    }

    [Fact]
    public async Task Refused_edits_and_withdrawals_and_sign_outs_are_in_the_audit_log()
    {
        var slug = await SlugOfAsync("Azerbaijan", "Statement");
        var email = $"refused-{Guid.NewGuid():N}@example.org";
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist, email);

        await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.DeliveredOn"] = "2019-02-30" });
        await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/withdraw", "form.curate-form", new() { ["Reason"] = "" });
        await ArchiveWebFactory.SubmitAsync(archivist, "/account/signout", "form.curate-form", []);

        using var scope = factory.Services.CreateScope();
        var entries = await scope.ServiceProvider.GetRequiredService<ArchiveDb>().AuditEntries.Where(e => e.User == email).ToListAsync();
        Assert.Contains(entries, e => e.Action == "edit" && e.Outcome == "refused" && e.Target == slug && e.Detail!.Contains("DeliveredOn", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "withdraw" && e.Outcome == "refused" && e.Target == slug);
        Assert.Contains(entries, e => e.Action == "sign out" && e.Outcome == "succeeded");
    }

    private async Task<string> SlugOfKeyAsync(string key)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().Where(d => d.Key == key).Select(d => d.Slug).SingleAsync();
    }

    /// <summary>Everything about one document, withdrawn or not: its fields, text, links and revisions.</summary>
    private async Task<string> StateAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var key = slug[^12..];
        var d = await db.Documents.IgnoreQueryFilters().Include(x => x.Speakers).Include(x => x.AgendaItems).AsNoTracking().SingleAsync(x => x.Key == key);
        var revisions = await db.Revisions.Where(r => r.DocumentId == d.Id).OrderBy(r => r.Number).Select(r => r.Number + r.User + r.Comment + r.Snapshot).ToListAsync();
        return System.Text.Json.JsonSerializer.Serialize(new
        {
            d.Slug, d.Title, d.Body, d.Place, d.Date, d.Version, d.WithdrawnAt, d.WithdrawalReason,
            Speakers = d.Speakers.Select(s => $"{s.SpeakerId}:{s.SpellingUsed}:{s.Role}:{s.Position}"),
            Agenda = d.AgendaItems.Select(a => $"{a.AgendaItemId}:{a.Position}"),
            revisions,
        });
    }

    private async Task<string> SlugOfAsync(string hint, string kind, bool last = false)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var slugs = await db.Documents.IgnoreQueryFilters().Where(d => d.Kind.ToString() == kind || (d.Source == hint && kind == "NewsReport"))
            .OrderBy(d => d.Id).Select(d => d.Slug).ToListAsync();
        return last ? slugs[^1] : slugs[0];
    }

    private async Task<string> BodyAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().Where(d => d.Slug == slug).Select(d => d.Body).SingleAsync();
    }

    private async Task<string?> TitleAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        var key = slug[^12..];
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().Where(d => d.Key == key).Select(d => d.Title).SingleAsync();
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ParseAsync(HttpClient client, string url) =>
        new HtmlParser().ParseDocument(await client.GetStringAsync(url));
}
