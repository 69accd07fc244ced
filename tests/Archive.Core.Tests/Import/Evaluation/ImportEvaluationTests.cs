using Archive.Cli;
using Archive.Core.Import.Evaluation;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import.Evaluation;

/// <summary>The parser scored on the development corpus (60 labelled real texts beside the repository, in ../shared).</summary>
public class ImportEvaluationTests
{
    // Raised as the parser improves: the achieved score less a small margin, so a regression fails the build.
    private const double OverallFloor = 0.97;
    private const int MaxInvented = 1;

    private static string Corpus { get; } = FindCorpus();

    [Fact]
    public void Evaluation_on_the_development_corpus_stays_above_the_floor()
    {
        var report = ImportEvaluation.Run(Path.Combine(Corpus, "docs"), Path.Combine(Corpus, "labels.json"));

        Assert.Equal(60, report.Documents);
        Assert.Empty(report.Failed);
        Assert.True(report.Accuracy >= OverallFloor, report.Format());
        Assert.True(report.Invented <= MaxInvented, report.Format());
    }

    [Fact]
    public void Scoring_the_written_predictions_gives_the_same_report()
    {
        var report = ImportEvaluation.Run(Path.Combine(Corpus, "docs"), Path.Combine(Corpus, "labels.json"));
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, ImportEvaluation.ToJsonLines(report.Predictions));

            var rescored = ImportEvaluation.ScoreFile(file, Path.Combine(Corpus, "labels.json"));

            Assert.Equal(report.Right, rescored.Right);
            Assert.Equal(report.Misses, rescored.Misses);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Evaluation_agrees_with_the_corpus_score_py_on_the_same_predictions()
    {
        var report = ImportEvaluation.Run(Path.Combine(Corpus, "docs"), Path.Combine(Corpus, "labels.json"));
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, ImportEvaluation.ToJsonLines(report.Predictions));
            var python = new System.Diagnostics.ProcessStartInfo("python3", [Path.Combine(Corpus, "score.py"), file])
            {
                RedirectStandardOutput = true,
            };
            using var process = System.Diagnostics.Process.Start(python)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();

            Assert.Equal(0, process.ExitCode);
            foreach (var field in FieldScorer.Fields)
                Assert.Matches($@"(?m)^{field} +{report.Right[field]}/60$", output);
            Assert.Contains($"invented: {report.Invented}", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Evaluate_import_command_prints_fields_misses_and_the_summary_line()
    {
        var output = new StringWriter();
        var predictions = Path.GetTempFileName();
        try
        {
            var code = await CommandLine.RunAsync(
                ["evaluate-import", Path.Combine(Corpus, "docs"), "--labels", Path.Combine(Corpus, "labels.json"), "--out", predictions],
                output, new StringWriter());

            Assert.Equal(0, code);
            Assert.Matches(@"(?m)^speaker +\d+/60$", output.ToString());
            Assert.Matches(@"fields exact: \d+/420 \(\d+\.\d%\), invented: \d+", output.ToString());
            Assert.Equal(60, File.ReadAllLines(predictions).Length);
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    [Theory]
    [InlineData("evaluate-import")]
    [InlineData("evaluate-import", "/no/such/folder", "--labels", "/no/such/labels.json")]
    [InlineData("evaluate-import", ".", "--fast")]
    public async Task Evaluate_import_with_bad_arguments_exits_2(params string[] args)
    {
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(args, new StringWriter(), errors);

        Assert.Equal(2, code);
        Assert.NotEmpty(errors.ToString());
    }

    // CI copies the shared folder beside the clone (../shared); a worktree may sit one level deeper.
    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Repository.Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "importer-dev");
            if (File.Exists(Path.Combine(candidate, "labels.json")))
                return candidate;
        }
        throw new InvalidOperationException($"The development corpus (shared/corpora/importer-dev) is not beside {Repository.Root}.");
    }
}
