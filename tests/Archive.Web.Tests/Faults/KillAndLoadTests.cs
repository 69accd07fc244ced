using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Archive.Web.Tests.Faults;

/// <summary>
/// The app as a real process on loopback: killed with SIGKILL while archivists write, and read by 50 wrk connections
/// while two archivists add and edit. Every write the archive acknowledged must be there afterwards.
/// </summary>
// The app as a process on an SQLite file, checked with SQLite's integrity check after a kill.
[Trait("Store", "SqliteOnly")]
[Trait("Category", "Faults")]
[Collection(AloneCollection.Name)]
public class KillAndLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Kill_9_during_writes_keeps_every_acknowledged_write_and_a_resend_adds_only_the_missing()
    {
        var folder = Directory.CreateTempSubdirectory("archive-kill-web-").FullName;
        var database = Path.Combine(folder, "archive.db");
        try
        {
            var sent = new ConcurrentDictionary<int, string>();
            var acknowledged = new ConcurrentDictionary<int, string>();
            await using (var app = await AppProcess.StartAsync(database))
            {
                var writers = new List<Archivist> { await Archivist.SignInAsync(app, database), await Archivist.SignInAsync(app, database) };
                var next = 0;
                var writing = writers.Select(writer => Task.Run(async () =>
                {
                    while (true)
                    {
                        var n = Interlocked.Increment(ref next);
                        sent[n] = Statement(n);
                        try
                        {
                            var (status, slug, _) = await writer.AddAsync(sent[n], $"kill-{n}");
                            Assert.True(status < 500, $"write {n} answered {status}");
                            if (slug is not null)
                                acknowledged[n] = slug;
                        }
                        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                        {
                            return; // The server is gone.
                        }
                    }
                })).ToList();
                var giveUp = DateTime.UtcNow.AddMinutes(2);
                while (acknowledged.Count < 30 && DateTime.UtcNow < giveUp && !writing.All(w => w.IsCompleted))
                    await Task.Delay(50);
                Assert.True(acknowledged.Count >= 30, $"only {acknowledged.Count} writes acknowledged before the kill; {app.Output}");
                await app.KillAsync();
                await Task.WhenAll(writing);
                writers.ForEach(w => w.Dispose());
            }
            output.WriteLine($"{sent.Count} writes sent, {acknowledged.Count} acknowledged before SIGKILL");

            SqliteConnection.ClearAllPools();
            Assert.Equal("ok", await ScalarAsync(database, "PRAGMA integrity_check"));
            foreach (var (n, slug) in acknowledged)
                Assert.Equal(1L, await ScalarAsync(database, $"SELECT count(*) FROM documents d JOIN original_files o ON o.DocumentId = d.Id WHERE d.Slug = '{slug}'"));

            await using (var again = await AppProcess.StartAsync(database))
            {
                // Web uploads are drafts, which only archivists see.
                using var writer = await Archivist.SignInAsync(again, database);
                foreach (var slug in acknowledged.Values)
                    Assert.Equal(HttpStatusCode.OK, (await writer.Client.GetAsync($"/documents/{slug}")).StatusCode);

                var added = 0;
                foreach (var (n, text) in sent.OrderBy(p => p.Key))
                {
                    var (status, slug, duplicate) = await writer.AddAsync(text, $"kill-{n}");
                    Assert.Equal(200, status);
                    Assert.NotNull(slug);
                    if (acknowledged.ContainsKey(n))
                        Assert.True(duplicate, $"write {n} was acknowledged, yet stored again");
                    else if (!duplicate)
                        added++;
                }
                output.WriteLine($"The resend added {added} documents the kill had cut off");
            }
            SqliteConnection.ClearAllPools();
            Assert.Equal((long)sent.Count, await ScalarAsync(database, "SELECT count(*) FROM original_files WHERE FileName LIKE 'kill-%'"));
            Assert.Equal("ok", await ScalarAsync(database, "PRAGMA integrity_check"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Fifty_wrk_readers_during_adds_and_edits_see_no_5xx_and_every_acknowledged_edit_is_a_revision()
    {
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);
        Assert.True(wrk is not null, "wrk is not installed; tests/run.sh installs it (apt-get install wrk)");
        var folder = Directory.CreateTempSubdirectory("archive-load-").FullName;
        var database = Path.Combine(folder, "archive.db");
        try
        {
            await using var app = await AppProcess.StartAsync(database);
            using var adder = await Archivist.SignInAsync(app, database);
            using var editor = await Archivist.SignInAsync(app, database);
            var (_, edited, _) = await adder.AddAsync(Statement(0), "load-0");
            Assert.NotNull(edited);
            var slugs = new List<string> { edited };
            using var reader = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var home = await reader.GetStringAsync("/search?q=statement");
            slugs.AddRange(System.Text.RegularExpressions.Regex.Matches(home, "href=\"/documents/([a-z0-9-]+)\"").Select(m => m.Groups[1].Value).Distinct().Take(5));
            var script = Path.Combine(folder, "paths.lua");
            await File.WriteAllTextAsync(script, WrkScript(["/search?q=peace", "/search?q=azerbaijan+OR+council&sort=newest", "/api/search?q=statement", "/", "/browse/2019",
                .. slugs.Select(s => $"/documents/{s}")]));
            var memoryBefore = app.ResidentMegabytes();

            using var stop = new CancellationTokenSource();
            var writerErrors = new ConcurrentBag<string>();
            var adds = 0;
            var edits = 0;
            var adding = Task.Run(async () =>
            {
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    var (status, slug, _) = await adder.AddAsync(Statement(n), $"load-{n}");
                    if (status >= 500) writerErrors.Add($"add {n}: {status}");
                    if (slug is not null) adds++;
                }
            });
            var editing = Task.Run(async () =>
            {
                for (var n = 1; !stop.IsCancellationRequested; n++)
                {
                    var (status, saved) = await editor.EditTitleAsync(edited, $"Statement edited under load, version {n}");
                    if (status >= 500) writerErrors.Add($"edit {n}: {status}");
                    if (saved) edits++;
                }
            });
            var run = await RunAsync(wrk!, $"-t2 -c50 -d20s --timeout 10s -s {script} {app.BaseUrl}");
            stop.Cancel();
            await Task.WhenAll(adding, editing);
            var memoryAfter = app.ResidentMegabytes();
            output.WriteLine(run);
            output.WriteLine($"writers: {adds} documents added, {edits} edits saved; memory {memoryBefore} MB before, {memoryAfter} MB after");

            Assert.Contains("5xx: 0\n", run, StringComparison.Ordinal);
            Assert.Empty(writerErrors);
            Assert.True(adds > 0 && edits > 0, $"{adds} adds and {edits} edits: the writers made no progress");
            SqliteConnection.ClearAllPools();
            var id = await ScalarAsync(database, $"SELECT Id FROM documents WHERE Slug = '{edited}'");
            // The first edit also stores the document as imported, as revision 1.
            Assert.Equal((long)edits + 1, await ScalarAsync(database, $"SELECT count(*) FROM revisions WHERE DocumentId = {id}"));
            Assert.Equal((long)edits, await ScalarAsync(database, $"SELECT Version FROM documents WHERE Id = {id}"));
            Assert.Equal("ok", await ScalarAsync(database, "PRAGMA integrity_check"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Overload_of_searches_with_wrk_gets_429_never_5xx_and_memory_stays_flat()
    {
        var wrk = new[] { "/usr/bin/wrk", "/usr/local/bin/wrk" }.FirstOrDefault(File.Exists);
        Assert.True(wrk is not null, "wrk is not installed; tests/run.sh installs it (apt-get install wrk)");
        var folder = Directory.CreateTempSubdirectory("archive-overload-").FullName;
        var database = Path.Combine(folder, "archive.db");
        try
        {
            // Two searches at a time and two waiting: 50 connections are an overload.
            await using var app = await AppProcess.StartAsync(database, new Dictionary<string, string> { ["Archive__SearchConcurrency"] = "2", ["Archive__SearchQueue"] = "2" });
            var script = Path.Combine(folder, "paths.lua");
            await File.WriteAllTextAsync(script, WrkScript(["/search?q=peace+OR+council+OR+azerbaijan", "/api/search?q=statement&sort=newest", "/search?q=protect*"]));
            await RunAsync(wrk!, $"-t2 -c50 -d5s --timeout 10s -s {script} {app.BaseUrl}");
            var memoryBefore = app.ResidentMegabytes();

            var run = await RunAsync(wrk!, $"-t2 -c50 -d15s --timeout 10s -s {script} {app.BaseUrl}");
            var memoryAfter = app.ResidentMegabytes();
            // Once the overload stops, the searches still queued finish and the next reader is served again.
            using var reader = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
            var after = await reader.GetAsync("/search?q=peace");
            for (var wait = DateTime.UtcNow.AddSeconds(20); after.StatusCode == HttpStatusCode.TooManyRequests && DateTime.UtcNow < wait;)
            {
                await Task.Delay(250);
                after = await reader.GetAsync("/search?q=peace");
            }
            output.WriteLine(run);
            output.WriteLine($"memory {memoryBefore} MB after a warm-up, {memoryAfter} MB after 15 s of overload");

            Assert.Contains("5xx: 0\n", run, StringComparison.Ordinal);
            Assert.DoesNotContain("429: 0\n", run, StringComparison.Ordinal);
            Assert.True(memoryAfter - memoryBefore < 150, $"memory grew from {memoryBefore} MB to {memoryAfter} MB");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    // Requests rotate over the paths; each thread counts 5xx and 429 answers, and done() prints their sums.
    private static string WrkScript(IEnumerable<string> paths) => $$"""
        local paths = { {{string.Join(", ", paths.Select(p => "\"" + p + "\""))}} }
        local threads = {}
        local counter = 0
        function setup(thread) table.insert(threads, thread) end
        function init(args) errors = 0; limited = 0 end
        function request() counter = counter + 1; return wrk.format("GET", paths[(counter % #paths) + 1]) end
        function response(status, headers, body)
            if status >= 500 then errors = errors + 1 end
            if status == 429 then limited = limited + 1 end
        end
        function done(summary, latency, requests)
            local total, refused = 0, 0
            for _, t in ipairs(threads) do total = total + t:get("errors"); refused = refused + t:get("limited") end
            io.write(string.format("5xx: %d\n429: %d\nrequests: %d\np50 ms: %.1f\np99 ms: %.1f\n", total, refused, summary.requests, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
        end
        """;

    private static string Statement(int n)
    {
        var day = 1 + (n % 28);
        var month = 1 + (n / 28 % 12);
        return string.Create(CultureInfo.InvariantCulture, $"""
            Statement by the representative of Testland {n}

            {day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {2000 + (n % 20)}

            Mr. President, delegation {n} ({Guid.NewGuid():N}) thanks the Council for the debate on peace and security and supports the report.
            """);
    }

    private static async Task<object?> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var text = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return await text + await error;
    }
}
