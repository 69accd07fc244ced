using System.Net;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Hostile;

/// <summary>The document a curation page changes is the one in its address: a posted field named slug changes nothing.</summary>
public class RouteSlugTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Edit_post_with_a_slug_field_saves_the_document_in_the_address_and_leaves_the_other_alone()
    {
        var (inUrl, other) = await TwoSlugsAsync();
        var otherBefore = await TitleAndVersionAsync(other);
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);

        var response = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{inUrl}/edit", "[data-test=edit-form]",
            new() { ["slug"] = other, ["Form.Title"] = "Title set through the address" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(otherBefore, await TitleAndVersionAsync(other));
        Assert.Equal("Title set through the address", (await TitleAndVersionAsync(inUrl)).Title);
    }

    [Fact]
    public async Task Withdraw_post_with_a_slug_field_withdraws_the_document_in_the_address_only()
    {
        var (inUrl, other) = await TwoSlugsAsync();
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);

        var response = await ArchiveWebFactory.SubmitAsync(archivist, $"/curate/documents/{inUrl}/withdraw", "form.curate-form",
            new() { ["slug"] = other, ["Reason"] = "Withdrawn to test the address" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        Assert.NotNull(await db.Documents.IgnoreQueryFilters().Where(d => d.Slug == inUrl).Select(d => d.WithdrawnAt).SingleAsync());
        Assert.Null(await db.Documents.IgnoreQueryFilters().Where(d => d.Slug == other).Select(d => d.WithdrawnAt).SingleAsync());
    }

    private async Task<(string InUrl, string Other)> TwoSlugsAsync()
    {
        var inUrl = (await factory.ImportAsync($"slug-{Guid.NewGuid():N}.txt", Statement("Address"))).Split('/')[^1];
        var other = (await factory.ImportAsync($"slug-{Guid.NewGuid():N}.txt", Statement("Posted field"))).Split('/')[^1];
        return (inUrl, other);
    }

    private static string Statement(string marker) =>
        $"Statement by the representative of Norway on {marker} {Guid.NewGuid():N}\n\n12 March 2024\n\n"
        + "Mr. President, we thank the Secretary-General for the report and we support the work of the Council on this matter.\n";

    private async Task<(string? Title, int Version)> TitleAndVersionAsync(string slug)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var row = await db.Documents.IgnoreQueryFilters().Where(d => d.Slug == slug).Select(d => new { d.Title, d.Version }).SingleAsync();
        return (row.Title, row.Version);
    }
}
