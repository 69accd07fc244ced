using Archive.Core.Import.Evaluation;

namespace Archive.Cli;

/// <summary>`archive evaluate-import FOLDER --labels FILE [--out FILE] [--explain]`: scores the parser on labelled texts; touches no database.</summary>
public static class EvaluateImportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors)
    {
        string? folder = null, labels = null, predictionsOut = null;
        var explain = false;
        for (var i = 1; i < args.Count; i++)
        {
            if (args[i] == "--explain")
                explain = true;
            else if (args[i] is "--labels" or "--out" && i + 1 < args.Count)
            {
                if (args[i] == "--labels")
                    labels = args[++i];
                else
                    predictionsOut = args[++i];
            }
            else if (!args[i].StartsWith("--", StringComparison.Ordinal) && folder is null)
                folder = args[i];
            else
            {
                await errors.WriteLineAsync($"evaluate-import does not take \"{args[i]}\" here.");
                return 2;
            }
        }
        if (folder is null || labels is null)
        {
            await errors.WriteLineAsync("evaluate-import needs a folder and --labels <labels.json>.");
            return 2;
        }
        if (!Directory.Exists(folder) || !File.Exists(labels))
        {
            await errors.WriteLineAsync(!Directory.Exists(folder) ? $"No folder at {folder}." : $"No labels file at {labels}.");
            return 2;
        }

        EvaluationReport report;
        try
        {
            report = ImportEvaluation.Run(folder, labels);
        }
        catch (System.Text.Json.JsonException ex)
        {
            await errors.WriteLineAsync($"The labels file {labels} is not a list of labels: {ex.Message}");
            return 2;
        }
        await output.WriteAsync(report.Format(explain));
        if (predictionsOut is not null)
            await File.WriteAllTextAsync(predictionsOut, ImportEvaluation.ToJsonLines(report.Predictions));
        return report.Failed.Count == 0 ? 0 : 1;
    }
}
