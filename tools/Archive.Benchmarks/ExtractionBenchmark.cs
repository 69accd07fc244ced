using System.Diagnostics;
using System.Globalization;
using Archive.Core.Import.Formats;
using Archive.Tests.Shared;

namespace Archive.Benchmarks;

/// <summary>
/// `extract` times the format extractors on generated files: the tests' two-page UN letter, the same letter's pages
/// repeated to 20 and 100 pages, the mission's Word letter and its web page. Median and 95th percentile of repeated runs.
/// </summary>
public static class ExtractionBenchmark
{
    private const int Runs = 40;

    public static async Task<int> RunAsync(TextWriter output)
    {
        await output.WriteLineAsync($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}; {Runs} runs each");
        var letter = GeneratedFiles.UnLetterPdf();
        var files = new (string Name, byte[] Content)[]
        {
            ("letter, 2 pages.pdf", letter),
            ("report, 20 pages.pdf", LongPdf(20)),
            ("report, 100 pages.pdf", LongPdf(100)),
            ("note verbale.docx", GeneratedFiles.MissionLetterDocx()),
            ("statement.html", GeneratedFiles.MissionWebPage()),
        };
        foreach (var (name, content) in files)
        {
            DocumentFormats.Extract(content, name);
            var times = new List<double>(Runs);
            for (var i = 0; i < Runs; i++)
            {
                var watch = Stopwatch.StartNew();
                DocumentFormats.Extract(content, name);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {content.Length / 1024.0,8:0.0} KB  median {times[Runs / 2],7:0.00} ms  p95 {times[Runs * 95 / 100],7:0.00} ms"));
        }
        return 0;
    }

    private static byte[] LongPdf(int pages)
    {
        var body = Enumerable.Range(0, 40).Select(i => $"Paragraph line {i} of the report on the work of the Organization, with enough words to fill a line.").ToList();
        return GeneratedFiles.Pdf([.. Enumerable.Range(1, pages).Select(p => (IReadOnlyList<string>)[
            "A/80/1", "", .. body, "", $"{p}/{pages} 25-01234"])]);
    }
}
