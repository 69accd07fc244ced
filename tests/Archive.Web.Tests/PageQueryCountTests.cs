using System.Collections.Concurrent;
using System.Data.Common;
using Archive.Core.Data;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Web.Tests;

/// <summary>Counts the SQL commands each request sends through EF, by request path; commands outside a request are not counted.</summary>
public sealed class CommandCounter(IHttpContextAccessor http) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, int> _byRequest = new();

    public int For(string pathAndQuery) => _byRequest.GetValueOrDefault(pathAndQuery);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Count();
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count();
        return ValueTask.FromResult(result);
    }

    private void Count()
    {
        if (http.HttpContext?.Request is { } request)
            _byRequest.AddOrUpdate(request.Path + request.QueryString, 1, (_, n) => n + 1);
    }
}

/// <summary>The seeds, with EF's commands counted per request.</summary>
public class CountedArchiveFactory : ArchiveWebFactory
{
    public CommandCounter? Counter { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<CommandCounter>();
            services.ConfigureDbContext<ArchiveDb>((provider, options) => options.AddInterceptors(Counter = provider.GetRequiredService<CommandCounter>()));
        });
    }
}

/// <summary>
/// The seeds and 195 more documents like the seeds' 2019 letter: the same speaker, State, General Assembly session, kind
/// and month, so the pages that list them list full pages of 50.
/// </summary>
public sealed class LargerArchiveFactory : CountedArchiveFactory, IAsyncLifetime
{
    public const int Added = 195;

    public async Task InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ArchiveDb>();
        var speaker = await db.Speakers.SingleAsync(s => s.Slug == "yashar-aliyev");
        var assembly = await db.Organs.SingleAsync(o => o.Slug == "general-assembly");
        for (var i = 0; i < Added; i++)
        {
            var key = $"{i + 1:x12}";
            var date = new DateOnly(2019, 11, 1 + i % 28);
            db.Documents.Add(new Document
            {
                Key = key, Slug = $"{date:yyyy-MM-dd}-statement-{key}", Kind = DocumentKind.Statement, Title = $"Statement {i}", Date = date,
                DeliveredOn = date, Country = "Azerbaijan", Body = $"Statement number {i}.", ImportedVia = "test", ImportedAt = DateTimeOffset.UtcNow,
                Speakers = [new DocumentSpeaker { Speaker = speaker, SpellingUsed = "Yashar Aliyev", Role = "Permanent Representative" }],
                Organs = [new DocumentOrgan { Organ = assembly, Session = 74 }],
            });
        }
        await db.SaveChangesAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// A page sends as many SQL commands on an archive of 200 documents as on one of 5: it reads a page of rows and
/// maintained counts, never one query per row and never more as the archive grows. Each page is asked for once per
/// archive, so the cache does not answer it.
/// </summary>
public class PageQueryCountTests(CountedArchiveFactory small, LargerArchiveFactory large)
    : IClassFixture<CountedArchiveFactory>, IClassFixture<LargerArchiveFactory>
{
    public static TheoryData<string> Pages =>
    [
        "/", "/browse", "/browse/2019", "/browse/2019/11", "/browse/2019/11/27", "/kinds", "/kinds/statement", "/organs",
        "/organs/general-assembly", "/organs/general-assembly/sessions/74", "/speakers", "/speakers/yashar-aliyev", "/missions",
        "/missions/azerbaijan", "/agenda",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_sends_the_same_commands_on_200_documents_as_on_5(string path)
    {
        var few = await CommandsAsync(small, path);
        var many = await CommandsAsync(large, path);

        Assert.True(few > 0, $"{path} sent no command on the small archive: the counter is not counting.");
        Assert.Equal(few, many);
    }

    [Fact]
    public async Task Document_page_sends_the_same_commands_on_200_documents_as_on_5()
    {
        var path = await small.PermalinkOfFileAsync("002_81f3dbfb7eed6bc0.txt");

        Assert.Equal(await CommandsAsync(small, path), await CommandsAsync(large, path));
    }

    private static async Task<int> CommandsAsync(CountedArchiveFactory factory, string path)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(path);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return factory.Counter!.For(path);
    }
}
