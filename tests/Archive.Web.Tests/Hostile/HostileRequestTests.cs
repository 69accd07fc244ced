using System.Net;
using Archive.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests.Hostile;

/// <summary>Requests no form sends: a post to every page with a valid token, odd methods, and odd values in every route.</summary>
public class HostileRequestTests(ArchiveWebFactory factory) : IClassFixture<ArchiveWebFactory>
{
    // Values a route parameter may receive from a hand-typed or forged address (%00 is refused by the test server itself).
    private static readonly string[] RouteValues =
    [
        "%F0%9F%98%80", "%D9%A2%D9%A0%D9%A1%D9%A9", "%EF%BC%92%EF%BC%90%EF%BC%91%EF%BC%99", "-1", "0", "2147483648",
        "99999999999999999999", "%20", "..", "%2E%2E", "%2F", "%5C", "%27%22%3C%3E", "a%0D%0ALocation:%20x", "%E2%80%AE",
        new('a', 2000), "%C3%A9", "A%2F79%2F875", "1e9", "0x10", "%25", "%FF",
    ];

    [Fact]
    public async Task Post_with_a_valid_token_to_a_page_without_a_post_handler_answers_405_with_allow_and_security_headers()
    {
        var pages = PageEndpoint.All(factory.Services);
        var slug = await PageEndpoint.FirstSlugAsync(factory.Services);
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        var token = await TokenAsync(admin);
        var readOnly = pages.Where(p => !p.TakesPosts).ToList();
        Assert.Contains(readOnly, p => p.Route == "/");
        Assert.Contains(readOnly, p => p.Route.StartsWith("/documents/", StringComparison.Ordinal));
        var before = await factory.CountsAsync(audit: false);

        foreach (var page in readOnly)
        {
            var url = page.Fill(slug);
            var response = await admin.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["q"] = "x" }));

            Assert.True(response.StatusCode == HttpStatusCode.MethodNotAllowed, $"POST {url} answered {(int)response.StatusCode}");
            Assert.Equal("GET, HEAD", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : response.Headers.GetValues("Allow").Single());
            Assert.True(response.Headers.Contains("Content-Security-Policy"), $"POST {url}: no security headers");
        }
        Assert.Equal(before, await factory.CountsAsync(audit: false));
    }

    [Fact]
    public async Task Post_with_a_valid_token_to_every_page_never_answers_5xx_signed_in_or_not()
    {
        var pages = PageEndpoint.All(factory.Services);
        var slug = await PageEndpoint.FirstSlugAsync(factory.Services);
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);

        foreach (var client in new[] { anonymous, admin })
        {
            var token = await TokenAsync(client);
            foreach (var page in pages)
            {
                var url = page.Fill(slug);
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token,
                    ["slug"] = "no-such-document",
                    ["q"] = "year:٢٠١٩",
                    ["Reason"] = "",
                    ["UserId"] = "nobody",
                }));

                Assert.True((int)response.StatusCode < 500, $"POST {url} answered {(int)response.StatusCode}");
            }
        }
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    [InlineData("TRACE")]
    public async Task Other_methods_answer_405_with_allow_and_security_headers(string method)
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/search?q=peace"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", string.Join(",", response.Content.Headers.Allow), StringComparison.Ordinal);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.True(response.Headers.Contains("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Odd_values_in_every_route_parameter_never_answer_5xx()
    {
        var pages = PageEndpoint.All(factory.Services).Where(p => p.Route.Contains('{', StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 10, $"only {pages.Count} routes with parameters");
        var slug = await PageEndpoint.FirstSlugAsync(factory.Services);
        using var admin = await factory.SignedInClientAsync(Roles.Administrator);
        var token = await TokenAsync(admin);
        var failures = new List<string>();

        foreach (var page in pages)
        {
            foreach (var value in RouteValues)
            {
                var url = page.Fill(slug, value);
                var got = await admin.GetAsync(url);
                if ((int)got.StatusCode >= 500)
                    failures.Add($"GET {url} → {(int)got.StatusCode}");
                if (!page.TakesPosts)
                    continue;
                var posted = await admin.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                if ((int)posted.StatusCode >= 500)
                    failures.Add($"POST {url} → {(int)posted.StatusCode}");
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task Reinstate_with_an_emoji_for_a_slug_answers_404(string method)
    {
        using var archivist = await factory.SignedInClientAsync(Roles.Archivist);
        var token = await TokenAsync(archivist);
        using var request = new HttpRequestMessage(new HttpMethod(method), "/curate/documents/%F0%9F%98%80/reinstate");
        if (method == "POST")
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var response = await archivist.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client)
    {
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/account/signin"));
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }
}
