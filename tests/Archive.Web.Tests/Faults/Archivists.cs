using System.Net;
using AngleSharp.Html.Parser;
using Archive.Core;
using Archive.Core.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests.Faults;

/// <summary>An archivist of an <see cref="AppProcess"/>: made in its store, signed in through the real form, adding and editing over HTTP.</summary>
public sealed class Archivist(HttpClient client, CookieContainer cookies) : IDisposable
{
    /// <summary>The archive's name for its sign-in cookie.</summary>
    public const string SignInCookie = "archive.auth";

    public HttpClient Client => client;

    /// <summary>A new archivist in <paramref name="database"/> (a file or a PostgreSQL connection string) and signed in on <paramref name="app"/>.</summary>
    public static async Task<Archivist> SignInAsync(AppProcess app, string database) => await SignInAsAsync(app, await CreateAsync(database));

    /// <summary>Makes an archivist with <see cref="ArchiveWebFactory.TestPassword"/> in the store; returns the email.</summary>
    public static async Task<string> CreateAsync(string database)
    {
        var email = $"load-{Guid.NewGuid():N}@example.org";
        var services = new ServiceCollection().AddLogging()
            .AddArchiveCore(new ConfigurationBuilder().Build(), AppProcess.StoreOf(database));
        services.AddArchiveIdentity();
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<Administrators>().CreateUserAsync(email, ArchiveWebFactory.TestPassword, Roles.Archivist, CancellationToken.None);
        Assert.Empty(problems);
        return email;
    }

    /// <summary>Signs <paramref name="email"/> in through <paramref name="app"/>'s sign-in form.</summary>
    public static async Task<Archivist> SignInAsAsync(AppProcess app, string email)
    {
        var archivist = Open(app, new CookieContainer());
        var signIn = await ArchiveWebFactory.SubmitAsync(archivist.Client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return archivist;
    }

    /// <summary>The same archivist on another instance, carrying only the sign-in cookie this one was given (no antiforgery cookie).</summary>
    public Archivist On(AppProcess other)
    {
        var carried = new CookieContainer();
        foreach (var cookie in cookies.GetAllCookies().Where(c => c.Name == SignInCookie))
            carried.Add(cookie);
        Assert.NotEmpty(carried.GetAllCookies());
        return Open(other, carried);
    }

    private static Archivist Open(AppProcess app, CookieContainer cookies) =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies })
        {
            BaseAddress = new Uri(app.BaseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        }, cookies);

    /// <summary>Publishes a draft from its review page; true once the archive redirected (it is public).</summary>
    public async Task<bool> PublishAsync(string slug)
    {
        var response = await ArchiveWebFactory.SubmitAsync(client, $"/curate/documents/{slug}/edit", "form[action$='handler=Publish']", []);
        return response.StatusCode == HttpStatusCode.Redirect;
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
