using System.Net;
using AngleSharp.Html.Parser;
using Archive.Core;
using Archive.Core.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Faults;

/// <summary>An archivist of an <see cref="AppProcess"/>: made in its store, signed in through the real form, adding and editing over HTTP.</summary>
public sealed class Archivist(HttpClient client) : IDisposable
{
    public HttpClient Client => client;

    public static async Task<Archivist> SignInAsync(AppProcess app, string database)
    {
        var email = $"load-{Guid.NewGuid():N}@example.org";
        var services = new ServiceCollection().AddLogging()
            .AddArchiveCore(new ConfigurationBuilder().Build(), $"Data Source={database}");
        services.AddArchiveIdentity();
        await using (var provider = services.BuildServiceProvider())
        await using (var scope = provider.CreateAsyncScope())
        {
            var problems = await scope.ServiceProvider.GetRequiredService<Administrators>().CreateUserAsync(email, ArchiveWebFactory.TestPassword, Roles.Archivist, CancellationToken.None);
            Assert.Empty(problems);
        }
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };
        var signIn = await ArchiveWebFactory.SubmitAsync(http, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return new Archivist(http);
    }

    /// <summary>Pastes <paramref name="text"/> on the add page; the slug once the archive acknowledged it as stored (or as already there).</summary>
    public async Task<(int Status, string? Slug, bool Duplicate)> AddAsync(string text, string name)
    {
        var response = await ArchiveWebFactory.SubmitAsync(client, "/curate/add", "[data-test=add-form]", new() { ["PastedText"] = text, ["PastedName"] = name });
        if (response.StatusCode != HttpStatusCode.OK)
            return ((int)response.StatusCode, null, false);
        var row = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=result]");
        var link = row?.QuerySelector("[data-test=review-link], [data-test=existing-link]")?.GetAttribute("href");
        var slug = link?.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } parts ? parts[link.StartsWith("/curate", StringComparison.Ordinal) ? 2 : 1] : null;
        return (200, slug, row?.GetAttribute("data-status") == "Duplicate");
    }

    /// <summary>Saves a new title through the edit form; true once the archive redirected (the revision is stored).</summary>
    public async Task<(int Status, bool Saved)> EditTitleAsync(string slug, string title)
    {
        var response = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "[data-test=edit-form]", new() { ["Form.Title"] = title });
        return ((int)response.StatusCode, response.StatusCode == HttpStatusCode.Redirect);
    }

    public void Dispose() => client.Dispose();
}
