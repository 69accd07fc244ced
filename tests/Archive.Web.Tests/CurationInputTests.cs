using System.Net;
using AngleSharp.Html.Parser;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Bad, odd and hostile input on the curation, administration and account forms: a clear answer, never a 500, nothing written.</summary>
public class CurationInputTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    private static readonly string Huge = new('x', 5_000);

    public static TheoryData<string, string> EditFields => new()
    {
        { "Form.DeliveredOn", "2019-02-30" },
        { "Form.WrittenOn", "-1" },
        { "Form.Kind", "999" },
        { "Form.Kind", "Sonnet" },
        { "Form.Version", "not-a-number" },
        { "Form.Title", Huge },
        { "Form.Symbol", Huge },
        { "Form.Comment", Huge },
        { "Form.Speakers[0].Name", Huge },
        { "Form.Speakers[0].Name", "12345" },
        { "Form.Speakers[0].Capacity", "999" },
        { "Form.Speakers[0].SpeakerId", "-5" },
        { "Form.Speakers[0].SpeakerId", "abc" },
        { "Form.AgendaItems[0].Organ", "Galactic Senate" },
        { "Form.AgendaItems[0].Session", "-1" },
        { "Form.AgendaItems[0].Number", "99999999999" },
        { "Form.AgendaItems[0].SubItem", Huge },
    };

    [Theory]
    [MemberData(nameof(EditFields))]
    public async Task Edit_with_a_bad_field_answers_with_a_message_and_changes_nothing(string field, string value)
    {
        var slug = await LetterSlugAsync();
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);
        var body = await BodyAsync(slug);

        var response = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { [field] = value });

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{field}={value[..Math.Min(20, value.Length)]} answered {(int)response.StatusCode}");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.True(page.QuerySelector("[data-test=validation].validation-summary-errors li, [data-test=problem], [data-test=conflict]") is not null
            || response.StatusCode == HttpStatusCode.BadRequest, $"No message for {field}");
        Assert.Equal(before, await factory.CountsAsync(audit: false));
        Assert.Equal(body, await BodyAsync(slug));
    }

    [Theory]
    [InlineData("/curate/documents/no-such-document/edit")]
    [InlineData("/curate/documents/no-such-document/history")]
    [InlineData("/curate/documents/no-such-document/withdraw")]
    [InlineData("/curate/documents/-1/edit")]
    public async Task Curation_pages_of_an_unknown_document_answer_404(string url)
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("/curate/speakers", "[data-test=merge-form]", "Merge", "Kept=no-such-person&Merged=" )]
    [InlineData("/curate/speakers", "[data-test=merge-form]", "Undo", "merge=-1")]
    [InlineData("/curate/speakers", "[data-test=merge-form]", "Undo", "merge=abc")]
    [InlineData("/curate/agenda-items", "[data-test=agenda-item-row] form", "Rename", "id=-1&title=x")]
    [InlineData("/curate/agenda-items", "[data-test=agenda-item-row] form", "Rename", "id=abc&title=x")]
    [InlineData("/admin/users", "[data-test=create-user]", "Create", "Email=not-an-email&Password=short&Role=archivist")]
    [InlineData("/admin/users", "[data-test=create-user]", "Create", "Email=a@example.org&Password=Long-Enough-Pass-1&Role=emperor")]
    [InlineData("/admin/users", "[data-test=create-user]", "Create", "Email=&Password=&Role=")]
    [InlineData("/admin/users", "[data-test=create-user]", "Role", "UserId=no-such-user&Role=administrator")]
    [InlineData("/admin/users", "[data-test=create-user]", "Lock", "UserId=")]
    [InlineData("/account/password", "[data-test=password-form]", "", "Current=&New=x&Confirm=y")]
    public async Task Curation_and_administration_forms_with_bad_values_answer_with_a_message_and_change_nothing(string url, string form, string handler, string values)
    {
        using var client = await factory.SignedInClientAsync(Roles.Administrator);
        var fields = values.Split('&').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var before = await factory.CountsAsync(audit: false);

        var response = await ArchiveWebFactory.SubmitAsync(client, url, form, fields, handler.Length == 0 ? null : handler);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{url} {handler} {values} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.OK)
        {
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.True(page.QuerySelector("[data-test=problem], .field-problem:not(:empty), .validation-summary-errors") is not null, $"No message on {url} for {values}");
        }
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Theory]
    [InlineData("Filter.Page=-1")]
    [InlineData("Filter.Page=abc")]
    [InlineData("Filter.Page=999999999999")]
    public async Task Audit_log_with_a_bad_page_number_never_answers_500(string query)
    {
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        var response = await admin.GetAsync("/admin/audit?" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query} answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Restore_of_a_revision_that_does_not_exist_answers_404_and_changes_nothing()
    {
        var slug = await LetterSlugAsync();
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var before = await factory.CountsAsync(audit: false);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/curate/documents/{slug}/history"));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? new HtmlParser().ParseDocument(await client.GetStringAsync($"/curate/documents/{slug}/edit")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        foreach (var (number, version) in new[] { ("-1", "1"), ("999", "1"), ("abc", "x") })
        {
            var response = await client.PostAsync($"/curate/documents/{slug}/history?handler=Restore",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["number"] = number, ["version"] = version, ["__RequestVerificationToken"] = token }));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.OK, $"number={number} answered {(int)response.StatusCode}");
        }
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Preview_escapes_html_and_scripts_typed_into_the_body()
    {
        var slug = await LetterSlugAsync();
        using var client = await factory.SignedInClientAsync(Roles.Archivist);

        var response = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { ["Form.Body"] = "Text <script>alert('x')</script> and <img src=x onerror=alert(1)> and [link](javascript:alert(1))" }, "Preview");

        var preview = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=preview-body]")!;
        Assert.Empty(preview.QuerySelectorAll("script, img"));
        Assert.DoesNotContain(preview.QuerySelectorAll("a"), a => (a.GetAttribute("href") ?? "").StartsWith("javascript", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>", preview.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_item_number_suggests_the_items_already_in_the_archive_without_javascript()
    {
        var slug = await LetterSlugAsync();
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var (organ, number) = await AnAgendaItemAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/curate/documents/{slug}/edit"));
        var rows = page.QuerySelectorAll("[data-test=agenda-row]");
        var blank = rows[^1];
        var input = blank.QuerySelector("[data-test=agenda-number-input]")!;
        var list = page.GetElementById(input.GetAttribute("list")!)!;
        Assert.Contains(list.QuerySelectorAll("option"), o => o.GetAttribute("value") == number.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && o.GetAttribute("label")!.Contains(organ, StringComparison.Ordinal));

        // With an organ chosen and "Preview and check names" pressed, the list holds that organ's items only.
        var blankIndex = rows.Length - 1;
        var narrowed = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { [$"Form.AgendaItems[{blankIndex}].Organ"] = organ }, "Preview");
        var narrowedPage = new HtmlParser().ParseDocument(await narrowed.Content.ReadAsStringAsync());
        var options = narrowedPage.QuerySelectorAll("[data-test=agenda-suggestions]")[blankIndex].QuerySelectorAll("option");
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.StartsWith(organ, o.GetAttribute("label")!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Agenda_row_with_an_organ_but_no_item_number_is_refused_with_a_message_not_dropped()
    {
        var slug = await LetterSlugAsync();
        using var client = await factory.SignedInClientAsync(Roles.Archivist);
        var (organ, _) = await AnAgendaItemAsync();
        var blankIndex = new HtmlParser().ParseDocument(await client.GetStringAsync($"/curate/documents/{slug}/edit")).QuerySelectorAll("[data-test=agenda-row]").Length - 1;
        var before = await factory.CountsAsync(audit: false);

        var response = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]",
            new() { [$"Form.AgendaItems[{blankIndex}].Organ"] = organ, [$"Form.AgendaItems[{blankIndex}].Session"] = "75" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the item number", new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=validation]")!.TextContent);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    private async Task<(string Organ, int Number)> AnAgendaItemAsync()
    {
        using var scope = factory.Services.CreateScope();
        var item = await scope.ServiceProvider.GetRequiredService<ArchiveDb>().AgendaItems.OrderBy(i => i.Id).Select(i => new { i.Organ.Name, i.Number }).FirstAsync();
        return (item.Name, item.Number);
    }

    private async Task<string> LetterSlugAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.Where(d => d.AgendaItems.Any()).OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync();
    }

    private async Task<string> BodyAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().Where(d => d.Slug == slug).Select(d => d.Body).SingleAsync();
    }
}
