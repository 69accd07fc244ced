using System.Globalization;
using System.Text;

namespace Archive.Core.Import.Evaluation;

/// <summary>One field of one file where the parser and the label disagree, as the scorer's keys.</summary>
public sealed record FieldMiss(string File, string Field, string? Wanted, string? Got)
{
    /// <summary>The label leaves the field empty and the parser filled it: a value the text does not support.</summary>
    public bool Invented => Wanted is null && Got is not null;
}

/// <summary>The score of one evaluation run: per field right of <see cref="Documents"/>, the misses, files that failed.</summary>
public sealed record EvaluationReport(
    int Documents,
    IReadOnlyDictionary<string, int> Right,
    IReadOnlyList<FieldMiss> Misses,
    IReadOnlyList<string> Failed,
    IReadOnlyList<ImportPrediction> Predictions)
{
    /// <summary>Per file, the parser's evidence for each field it filled (empty when scoring a predictions file).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldEvidence>> Evidence { get; init; } = new Dictionary<string, IReadOnlyList<FieldEvidence>>();

    public int FieldsTotal => Documents * FieldScorer.Fields.Count;
    public int FieldsRight => Right.Values.Sum();
    public int Invented => Misses.Count(m => m.Invented);
    public double Accuracy => FieldsTotal == 0 ? 0 : (double)FieldsRight / FieldsTotal;
    public double FieldAccuracy(string field) => Documents == 0 ? 0 : (double)Right[field] / Documents;

    /// <summary>The report as score.py prints it: fields, misses, then the summary line.</summary>
    public string Format(bool explain = false)
    {
        var sb = new StringBuilder();
        foreach (var field in FieldScorer.Fields)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{field,-15} {Right[field],3}/{Documents}");
        foreach (var file in Failed)
            sb.AppendLine(CultureInfo.InvariantCulture, $"{file}: no output (parser failed)");
        foreach (var m in Misses)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{m.File} {m.Field}: want {Show(m.Wanted)} got {Show(m.Got)}{(m.Invented ? "  [invented]" : "")}");
            // --explain: the words and the rule behind the value, so a miss points at the rule to change.
            var field = m.Field switch { "agenda_numbers" => "agenda", "symbols" => "symbol", _ => m.Field };
            foreach (var e in explain ? Evidence.GetValueOrDefault(m.File, []).Where(e => e.Field == field) : [])
                sb.AppendLine(CultureInfo.InvariantCulture, $"    {e.Rule}: \"{e.Quote}\"{(e.RunnerUp is { } r ? $" (runner-up {r.Rule}: \"{r.Quote}\")" : "")}");
        }
        sb.AppendLine(CultureInfo.InvariantCulture,
            $"fields exact: {FieldsRight}/{FieldsTotal} ({100 * Accuracy:0.0}%), invented: {Invented}, failed: {Failed.Count}");
        return sb.ToString();
    }

    private static string Show(string? key) => key is null ? "None" : "'" + key + "'";
}
