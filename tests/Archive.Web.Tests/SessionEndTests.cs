using System.Net;
using Archive.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests;

/// <summary>
/// Signing out, changing a password, being locked or getting another role ends every session of that user at once:
/// a second client signed in as the same user stands for a copied cookie replayed after the change.
/// </summary>
public class SessionEndTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    [Fact]
    public async Task Sign_out_ends_every_session_of_the_user_and_a_replayed_cookie_adds_nothing()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var leaving = await SignInAsync(email);
        using var replayed = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await replayed.GetAsync("/curate")).StatusCode);

        var signOut = await ArchiveWebFactory.SubmitAsync(leaving, "/account/signout", "form.curate-form", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        AssertSentToSignIn(await replayed.GetAsync("/curate"));
        var before = await factory.CountsAsync(audit: false);
        var add = await replayed.GetAsync("/curate/add");
        AssertSentToSignIn(add);
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Password_change_ends_the_other_sessions_and_keeps_the_one_that_changed_it()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var changing = await SignInAsync(email);
        using var other = await SignInAsync(email);

        var changed = await ArchiveWebFactory.SubmitAsync(changing, "/account/password", "[data-test=password-form]",
            new() { ["Current"] = ArchiveWebFactory.TestPassword, ["New"] = "Another-Test-Pass-2", ["Confirm"] = "Another-Test-Pass-2" });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await changing.GetAsync("/curate")).StatusCode);
        AssertSentToSignIn(await other.GetAsync("/curate"));
    }

    [Fact]
    public async Task Lock_by_an_administrator_ends_the_users_session_at_once()
    {
        var email = await factory.CreateUserAsync(Roles.Archivist);
        using var user = await SignInAsync(email);
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        var locked = await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", $"tr[data-email='{email}'] form[action*=Lock]", []);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);

        AssertSentToSignIn(await user.GetAsync("/curate"));
    }

    [Fact]
    public async Task Role_change_ends_the_users_session_so_an_old_cookie_keeps_no_old_role()
    {
        var email = await factory.CreateUserAsync(Roles.Administrator);
        using var demoted = await SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await demoted.GetAsync("/admin/users")).StatusCode);
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        var changed = await ArchiveWebFactory.SubmitAsync(admin, "/admin/users", $"tr[data-email='{email}'] form[action*=Role]",
            new() { ["Role"] = Roles.Archivist });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        AssertSentToSignIn(await demoted.GetAsync("/admin/users"));
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]",
            new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/signin", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
