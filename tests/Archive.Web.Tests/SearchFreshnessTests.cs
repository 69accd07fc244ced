using System.Net;
using System.Text.Json;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>What an archivist changes through the pages is what staff find in the very next search.</summary>
public class SearchFreshnessTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Edit_withdrawal_and_reinstatement_show_in_search_at_once()
    {
        var slug = await NoteVerbaleSlugAsync();
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        using var reader = factory.CreateClient();
        Assert.Equal(0, await TotalAsync(reader, "quetzalcoatl"));

        var body = await BodyAsync(slug);
        var edited = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new()
        {
            ["Form.Body"] = body + "\n\nThe delegation also mentioned Quetzalcoatl.",
            ["Form.Comment"] = "Added a sentence",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(1, await TotalAsync(reader, "quetzalcoatl"));
        Assert.Equal(1, await TotalAsync(reader, "kind:\"note verbale\""));

        var withdrawn = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{slug}/withdraw", "form.curate-form", new() { ["Reason"] = "Checking the source" });
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(0, await TotalAsync(reader, "quetzalcoatl"));
        Assert.Equal(0, await TotalAsync(reader, "kind:\"note verbale\""));

        var reinstated = await ArchiveWebFactory.SubmitAsync(archivist, $"/documents/{slug}", "[data-test=archivist-toolbar] form", []);
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        Assert.Equal(1, await TotalAsync(reader, "quetzalcoatl"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string query)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private async Task<string> NoteVerbaleSlugAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        return await db.Documents.Where(d => d.Kind == DocumentKind.NoteVerbale).Select(d => d.Slug).SingleAsync();
    }

    private async Task<string> BodyAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.Where(d => d.Slug == slug).Select(d => d.Body).SingleAsync();
    }
}
