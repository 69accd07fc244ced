using System.Net;
using System.Text;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Archive.Web.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Browser.Tests;

/// <summary>The upload page's own request limits, over a real socket: Kestrel enforces them, not the test host.</summary>
public class UploadLimitsTests(ArchiveServer server) : IClassFixture<ArchiveServer>
{
    [Fact]
    public async Task Upload_page_takes_a_request_over_64_KB_and_refuses_a_file_over_10_MB_with_a_message()
    {
        using var client = await SignedInAsync();
        var before = await DocumentsAsync();

        var response = await UploadAsync(client, 10 * 1024 * 1024 + 100);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("over the 10 MB limit", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await DocumentsAsync());
    }

    [Fact]
    public async Task Upload_of_a_file_one_byte_over_10_MB_says_both_exact_sizes()
    {
        using var client = await SignedInAsync();

        var response = await UploadAsync(client, 10 * 1024 * 1024 + 1);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("(10,485,761 bytes), over the 10 MB limit (10,485,760 bytes)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Upload_over_the_50_MB_batch_limit_is_refused_with_413_and_stores_nothing()
    {
        using var client = await SignedInAsync();
        // With 100-continue the server can answer before the body is sent, as a browser upload would see it.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var before = await DocumentsAsync();

        var response = await UploadAsync(client, 51 * 1024 * 1024);

        // The declared length is over the limit, so the app answers before reading the body: 413 and the prepared page.
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Too large", await response.Content.ReadAsStringAsync());
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
        Assert.Equal(before, await DocumentsAsync());
    }

    [Fact]
    public async Task Other_pages_keep_the_64_KB_limit()
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(server.BaseUrl) };
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/account/signin"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = new string('a', 100 * 1024),
        }));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"Answered {(int)response.StatusCode}");
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var email = $"limits-{Guid.NewGuid():N}@example.org";
        await server.CreateUserAsync(Roles.Archivist, email);
        // A loaded machine may take over a second to answer the headers; waiting longer for 100-continue keeps the
        // client from sending a body the server has already refused (and then breaking the pipe).
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), Expect100ContinueTimeout = TimeSpan.FromSeconds(30) };
        var client = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl) };
        var signIn = await ArchiveWebFactory.SubmitAsync(client, "/account/signin", "[data-test=signin-form]", new() { ["Email"] = email, ["Password"] = ArchiveWebFactory.TestPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int size)
    {
        var form = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/curate/add"));
        var token = form.QuerySelector("[data-test=add-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        content.Add(new ByteArrayContent(Encoding.ASCII.GetBytes(new string('a', size))), "Files", "big.txt");
        return await client.PostAsync("/curate/add", content);
    }

    private async Task<int> DocumentsAsync()
    {
        using var scope = server.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ArchiveDb>().Documents.IgnoreQueryFilters().CountAsync();
    }
}
