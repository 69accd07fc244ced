using System.Net;
using System.Reflection;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Who may do what: anonymous readers never write, archivists curate, administrators also manage users and read the audit log.</summary>
public class AccessTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    // Sign-in must take anonymous posts (it writes only its own audit line); the error page only describes a status.
    private static readonly string[] AnonymousPosts = ["/Account/SignIn", "/Error"];

    [Fact]
    public async Task Every_route_with_a_write_handler_refuses_anonymous_posts_and_writes_nothing()
    {
        var routes = await WriteRoutesAsync();
        Assert.Contains(routes, r => r.Url.StartsWith("/curate/documents/", StringComparison.Ordinal));
        Assert.True(routes.Count >= 8, $"Only {routes.Count} write routes found: {string.Join(", ", routes.Select(r => r.Url))}");
        var before = await factory.CountsAsync();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = await AntiforgeryAsync(client);

        foreach (var (url, handlers) in routes)
        {
            foreach (var handler in handlers)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                foreach (var withToken in new[] { false, true })
                {
                    var fields = new Dictionary<string, string> { ["Reason"] = "x", ["Title"] = "x", ["Body"] = "x", ["Kept"] = "x", ["Merged"] = "x" };
                    if (withToken)
                        fields["__RequestVerificationToken"] = token;
                    var response = await client.PostAsync(target, new FormUrlEncodedContent(fields));

                    var refused = response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
                        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/signin", StringComparison.Ordinal));
                    Assert.True(refused, $"POST {target} (token: {withToken}) answered {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Every_write_route_refuses_an_administrators_post_without_an_antiforgery_token_and_writes_nothing()
    {
        var routes = await WriteRoutesAsync();
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        var before = await factory.CountsAsync();

        foreach (var (url, handlers) in routes)
        {
            foreach (var handler in handlers)
            {
                var target = handler.Length == 0 ? url : $"{url}?handler={handler}";
                var fields = new Dictionary<string, string> { ["Reason"] = "x", ["Title"] = "x", ["Body"] = "x", ["Kept"] = "x", ["Merged"] = "x", ["PastedText"] = "Statement\n\n1 May 2024\n\nText." };

                var response = await admin.PostAsync(target, new FormUrlEncodedContent(fields));

                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"POST {target} without a token answered {(int)response.StatusCode}");
            }
        }
        Assert.Equal(before, await factory.CountsAsync());
    }

    [Fact]
    public async Task Sign_in_cookie_is_secure_under_https()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        var page = await client.GetAsync("/account/signin");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync())
            .QuerySelector("[data-test=signin-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);

        var response = await client.SendAsync(post);

        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("archive.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Every_archivist_and_administrator_page_sends_anonymous_readers_to_sign_in()
    {
        var pages = Pages().Where(p => p.Route.StartsWith("/curate", StringComparison.Ordinal) || p.Route.StartsWith("/admin", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var slug = await SeedSlugAsync();

        foreach (var (route, _) in pages)
        {
            var response = await client.GetAsync(Fill(route, slug));

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery);
        }
    }

    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/audit")]
    public async Task Administrator_pages_are_forbidden_to_archivists(string url)
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        var denied = await client.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Sign_in_with_the_right_password_opens_curation_and_sign_out_closes_it()
    {
        using var client = await factory.SignedInClientAsync(Roles.Archivist);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/curate")).StatusCode);
        var signedOut = await ArchiveWebFactory.SubmitAsync(client, "/account/signout", "form.curate-form", []);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/curate")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_with_a_wrong_password_is_refused_and_five_failures_lock_the_account()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.org";
        (await factory.SignedInClientAsync(Roles.Archivist, email)).Dispose();
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 5; i++)
        {
            var wrong = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = "Wrong-Password-1" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Sign_in_posts_over_the_limit_are_refused_with_429()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("Archive:SignInAttemptsPerMinute", "3"));
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = "nobody@example.org", ["Password"] = "Wrong-Password-1" })).StatusCode);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429, (HttpStatusCode)429], statuses);
    }

    [Fact]
    public async Task Sign_in_cookie_is_http_only_and_same_site()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var email = $"cookie-{Guid.NewGuid():N}@example.org";
        (await factory.SignedInClientAsync(Roles.Archivist, email)).Dispose();
        var page = await client.GetAsync("/account/signin");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync())
            .QuerySelector("[data-test=signin-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);

        var response = await client.SendAsync(post);

        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("archive.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Data_protection_keys_are_kept_in_the_store()
    {
        (await factory.SignedInClientAsync(Roles.Archivist)).Dispose();

        using var scope = factory.Services.CreateScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<ArchiveDb>().DataProtectionKeys.AnyAsync());
    }

    [Fact]
    public async Task Sign_in_cookie_from_one_instance_is_accepted_by_a_second_instance_on_the_same_store()
    {
        var email = $"two-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(Roles.Archivist, email);
        var cookie = await SignInCookieAsync(factory, email);
        // A second app on the same database: its own services, its own key ring, read from the store.
        using var second = factory.WithWebHostBuilder(_ => { });
        using var client = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

        using var signedIn = new HttpRequestMessage(HttpMethod.Get, "/curate");
        signedIn.Headers.Add("Cookie", cookie);
        var response = await client.SendAsync(signedIn);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/curate")).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/curate")]
    [InlineData("//evil.example/curate")]
    [InlineData("/\\evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task Sign_in_never_redirects_away_from_the_archive(string returnUrl)
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await ArchiveWebFactory.SubmitAsync(client, "/account/signin?ReturnUrl=" + Uri.EscapeDataString(returnUrl), "[data-test=signin-form]",
            new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/curate", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_local_page_asked_for()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await ArchiveWebFactory.SubmitAsync(client, "/account/signin?ReturnUrl=%2Fcurate%2Fadd", "[data-test=signin-form]",
            new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });

        Assert.Equal("/curate/add", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Sign_in_of_a_locked_account_reads_the_same_as_an_unknown_email()
    {
        var email = $"locked-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(Roles.Archivist, email);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        string? lockedProblem = null, unknownProblem = null;

        for (var i = 0; i < 6; i++)
        {
            lockedProblem = await ProblemAsync(client, email, "Wrong-Password-1");
            unknownProblem = await ProblemAsync(client, unknown, "Wrong-Password-1");
        }
        var rightButLocked = await ProblemAsync(client, email, ArchiveWebFactory.TestPassword);

        Assert.NotNull(lockedProblem);
        Assert.Equal(unknownProblem, lockedProblem);
        Assert.Equal(unknownProblem, rightButLocked);
        using var scope = factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<ArchiveDb>().AuditEntries.Where(e => e.User == email).Select(e => e.Detail).ToListAsync();
        Assert.Contains("locked out", audit);
    }

    [Fact]
    public async Task Archivist_created_by_an_administrator_must_choose_a_password_before_curating()
    {
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        var email = $"first-{Guid.NewGuid():N}@example.org";
        await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", "[data-test=create-user]", new() { ["Email"] = email, ["Password"] = "Handed-Over-Pass-1", ["Role"] = Roles.Archivist });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var signIn = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = "Handed-Over-Pass-1" });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        var curate = await client.GetAsync("/curate");
        Assert.Equal(HttpStatusCode.Redirect, curate.StatusCode);
        Assert.Equal("/account/password", curate.Headers.Location!.OriginalString);
        var before = await factory.CountsAsync(audit: false);
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/account/password"))
            .QuerySelector("[data-test=password-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var add = await client.PostAsync("/curate/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["PastedText"] = "Statement by Mr. Nobody\n\n1 May 2024\n\nText.", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/account/password"));
        Assert.NotNull(page.QuerySelector("[data-test=must-change]"));

        var wrongCurrent = await ArchiveWebFactory.SubmitAsync(client, "/account/password", "[data-test=password-form]",
            new() { ["Current"] = "Not-The-Pass-1", ["New"] = "My-Own-Password-9", ["Confirm"] = "My-Own-Password-9" });
        Assert.Equal(HttpStatusCode.OK, wrongCurrent.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/curate")).StatusCode);
        var changed = await ArchiveWebFactory.SubmitAsync(client, "/account/password", "[data-test=password-form]",
            new() { ["Current"] = "Handed-Over-Pass-1", ["New"] = "My-Own-Password-9", ["Confirm"] = "My-Own-Password-9" });

        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/curate")).StatusCode);
    }

    [Fact]
    public async Task Administrator_locks_an_archivist_who_then_cannot_sign_in_until_unlocked_and_cannot_lock_themself()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        var adminEmail = $"admin-{Guid.NewGuid():N}@example.org";
        using var admin = await factory.SignedInClientAsync(Roles.Administrator, adminEmail);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var locked = await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", $"[data-test=user-row][data-email='{email}'] form:has([data-test=lock])", [], "Lock");
        Assert.Contains("Done: lock user", await locked.Content.ReadAsStringAsync());
        await ProblemAsync(client, email, ArchiveWebFactory.TestPassword);
        var self = await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", $"[data-test=user-row][data-email='{adminEmail}'] form:has([data-test=lock])", [], "Lock");
        Assert.Contains("cannot change your own role or lock yourself out", await self.Content.ReadAsStringAsync());
        await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", $"[data-test=user-row][data-email='{email}'] form:has([data-test=unlock])", [], "Unlock");

        var signIn = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    private static async Task<string?> ProblemAsync(HttpClient client, string email, string password)
    {
        var response = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-test=problem]")?.TextContent;
    }

    /// <summary>Signs in through the form without a cookie jar and returns the "archive.auth=…" cookie the app set.</summary>
    private static async Task<string> SignInCookieAsync(WebApplicationFactory<Program> app, string email)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var page = await client.GetAsync("/account/signin");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Single();
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync())
            .QuerySelector("[data-test=signin-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword, ["__RequestVerificationToken"] = token }),
        };
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        var response = await client.SendAsync(post);
        return response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("archive.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    /// <summary>Every page (by route) whose model has a handler other than GET, with the handler names ("" for the default).</summary>
    private async Task<List<(string Url, List<string> Handlers)>> WriteRoutesAsync()
    {
        var slug = await SeedSlugAsync();
        return [.. Pages()
            .Select(p => (Route: p.Route, Handlers: p.Model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Select(m => m.Name).Where(n => n.StartsWith("On", StringComparison.Ordinal) && !n.StartsWith("OnGet", StringComparison.Ordinal))
                .Select(n => n.Replace("Async", "", StringComparison.Ordinal)).Select(n => n[(n.StartsWith("OnPost", StringComparison.Ordinal) ? 6 : 2)..])
                .Distinct().ToList()))
            .Where(p => p.Handlers.Count > 0 && !AnonymousPosts.Contains(p.Route, StringComparer.OrdinalIgnoreCase) && !AnonymousPosts.Any(a => ModelPath(p.Route) == a))
            .Select(p => (Fill(p.Route, slug), p.Handlers))];
    }

    /// <summary>Every page endpoint of the app: its route template and its page model type, found by Razor Pages' naming.</summary>
    private List<(string Route, Type Model)> Pages()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null).ToList();
        var assembly = typeof(Archive.Web.Pages.IndexModel).Assembly;
        var pages = new List<(string, Type)>();
        foreach (var endpoint in endpoints)
        {
            var descriptor = endpoint.Metadata.GetMetadata<PageActionDescriptor>()!;
            var typeName = "Archive.Web.Pages" + descriptor.ViewEnginePath.Replace('/', '.') + "Model";
            var model = assembly.GetType(typeName) ?? throw new InvalidOperationException($"No page model {typeName} for {descriptor.ViewEnginePath}");
            pages.Add(("/" + endpoint.RoutePattern.RawText!.TrimStart('/'), model));
        }
        return pages;
    }

    private string ModelPath(string route) =>
        Pages().First(p => p.Route == route).Model.FullName!["Archive.Web.Pages".Length..^"Model".Length].Replace('.', '/');

    private static string Fill(string route, string slug) =>
        System.Text.RegularExpressions.Regex.Replace(route, @"\{(\w+)[^}]*\}", m => m.Groups[1].Value == "slug" ? slug : "1");

    private async Task<string> SeedSlugAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.OrderBy(d => d.Id).Select(d => d.Slug).FirstAsync();
    }

    private static async Task<string> AntiforgeryAsync(HttpClient client)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/account/signin"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
