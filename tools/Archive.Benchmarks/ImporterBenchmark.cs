using System.Diagnostics;
using System.Globalization;
using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Archive.Benchmarks;

/// <summary>
/// Measures the importer on a folder of real documents: `parse FOLDER` times the parser alone per document;
/// `import FOLDER` stores every file in a fresh temporary SQLite archive and times the whole run.
/// </summary>
public static class ImporterBenchmark
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        if (args.Length != 2 || args[0] is not ("parse" or "import") || !Directory.Exists(args[1]))
        {
            await output.WriteLineAsync("Usage: Archive.Benchmarks parse|import <folder of .txt/.md files>");
            return 2;
        }
        var files = FolderImporter.FilesUnder(args[1]);
        await output.WriteLineAsync($"{files.Count} files under {args[1]}; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        return args[0] == "parse" ? await ParseAsync(files, output) : await ImportAsync(args[1], files.Count, output);
    }

    private static async Task<int> ParseAsync(IReadOnlyList<string> files, TextWriter output)
    {
        var texts = await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f)));
        // One pass to warm up the regexes and the JIT, then the measured pass.
        foreach (var text in texts.Take(50))
            DocumentParser.Parse(text, "warm-up");

        var times = new List<double>(texts.Length);
        var failures = 0;
        var total = Stopwatch.StartNew();
        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
        {
            var started = Stopwatch.GetTimestamp();
            var parsed = DocumentParser.Parse(text, files[i]);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (parsed.Warnings.Any(w => w.Field == "parser"))
                failures++;
        }
        total.Stop();
        times.Sort();
        var characters = texts.Sum(t => (long)t.Length);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"parse: {texts.Length} documents, {characters / 1e6:0.0} M characters in {total.Elapsed.TotalSeconds:0.00} s; " +
            $"median {Percentile(times, 0.5):0.00} ms, p95 {Percentile(times, 0.95):0.00} ms, max {times[^1]:0.0} ms; parser failures {failures}"));
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> ImportAsync(string folder, int fileCount, TextWriter output)
    {
        var workspace = Directory.CreateTempSubdirectory("archive-bench-").FullName;
        try
        {
            var options = new DbContextOptionsBuilder<ArchiveDb>();
            ArchiveDbOptions.Configure(options, ArchiveDbOptions.ForFile(Path.Combine(workspace, "archive.db")));
            await using var db = new ArchiveDb(options.Options);
            await db.Database.MigrateAsync();
            var settings = Options.Create(new ArchiveOptions());
            var importer = new FolderImporter(new DocumentLoader(db, settings, TimeProvider.System, NullLogger<DocumentLoader>.Instance),
                settings, NullLogger<FolderImporter>.Instance);

            var watch = Stopwatch.StartNew();
            var results = await importer.ImportAsync(folder, "benchmark", null, CancellationToken.None);
            watch.Stop();

            var imported = results.Count(r => r.Status == ImportStatus.Imported);
            var size = new FileInfo(Path.Combine(workspace, "archive.db")).Length + new FileInfo(Path.Combine(workspace, "archive.db-wal")).Length;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"import: {imported} imported, {results.Count(r => r.Status == ImportStatus.Duplicate)} duplicates, " +
                $"{results.Count(r => r.Status == ImportStatus.Failed)} failed of {fileCount} in {watch.Elapsed.TotalSeconds:0.0} s " +
                $"({imported / watch.Elapsed.TotalSeconds:0} documents/s); store {size / 1e6:0} MB"));
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(workspace, recursive: true);
        }
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
