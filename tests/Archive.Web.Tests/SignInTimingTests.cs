using System.Diagnostics;
using Archive.Core.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Archive.Web.Tests;

/// <summary>
/// A refused sign-in takes as long for an email with no account as for an account with a wrong password or a locked
/// one, so the time of the answer does not tell who has an account. The check is coarse (half of the median), as the
/// difference it guards against is tenfold: a password hash against none.
/// </summary>
public class SignInTimingTests(ArchiveWebFactory factory, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<ArchiveWebFactory>
{
    private const int Samples = 9;

    [Fact]
    public async Task Refused_sign_in_takes_as_long_for_an_unknown_email_as_for_a_known_or_locked_account()
    {
        // Each known account gets at most four wrong passwords, below the lockout at five.
        var known = new List<string>();
        for (var i = 0; i < 3; i++)
            known.Add(await factory.CreateUserAsync(Roles.Archivist));
        var locked = await factory.CreateUserAsync(Roles.Archivist);
        for (var i = 0; i < 5; i++)
            await AttemptAsync(locked);
        await AttemptAsync($"warm-up-{Guid.NewGuid():N}@example.org");

        var unknownTimes = new List<double>();
        var knownTimes = new List<double>();
        var lockedTimes = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            unknownTimes.Add(await AttemptAsync($"nobody-{Guid.NewGuid():N}@example.org"));
            knownTimes.Add(await AttemptAsync(known[i % known.Count]));
            lockedTimes.Add(await AttemptAsync(locked));
        }

        var (unknown, knownMedian, lockedMedian) = (Median(unknownTimes), Median(knownTimes), Median(lockedTimes));
        output.WriteLine($"median refusal: unknown email {unknown:0.0} ms, known account {knownMedian:0.0} ms, locked account {lockedMedian:0.0} ms");
        Assert.True(unknown > knownMedian / 2, $"unknown email {unknown:0.0} ms, known account {knownMedian:0.0} ms");
        Assert.True(lockedMedian > knownMedian / 2, $"locked account {lockedMedian:0.0} ms, known account {knownMedian:0.0} ms");
    }

    private async Task<double> AttemptAsync(string email)
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/account/signin");
        var token = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html)
            .QuerySelector("[data-test=signin-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Email"] = email,
            ["Password"] = "Wrong-Password-123",
        });
        var started = Stopwatch.GetTimestamp();
        var response = await client.PostAsync("/account/signin", form);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return elapsed;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
