using System.Text;
using System.Text.Json;

namespace Archive.Core.Import.Evaluation;

/// <summary>
/// Runs the parser over a folder of texts and scores it against a labels file (the development corpus's labels.json),
/// with the comparison rules of its score.py.
/// </summary>
public static class ImportEvaluation
{
    /// <summary>Parses every .txt/.md file under <paramref name="folder"/> and scores the files the labels name.</summary>
    public static EvaluationReport Run(string folder, string labelsPath)
    {
        var labels = ReadLabels(File.ReadAllText(labelsPath));
        var predictions = new List<ImportPrediction>();
        var evidence = new Dictionary<string, IReadOnlyList<FieldEvidence>>(StringComparer.Ordinal);
        foreach (var path in FolderImporter.FilesUnder(folder))
        {
            var name = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var text = File.ReadAllText(path, Encoding.UTF8);
            var parsed = DocumentParser.Parse(text, name);
            predictions.Add(ImportPrediction.From(name, parsed, text));
            evidence[name] = parsed.Evidence;
        }
        var report = Score(labels, predictions.ToDictionary(p => p.File, p => (IReadOnlyDictionary<string, FieldValue>)Values(p), StringComparer.Ordinal), predictions);
        return report with { Evidence = evidence };
    }

    /// <summary>Scores a predictions file (JSON Lines, as score.py reads) against labels; for checking against score.py.</summary>
    public static EvaluationReport ScoreFile(string predictionsPath, string labelsPath)
    {
        var labels = ReadLabels(File.ReadAllText(labelsPath));
        var predicted = new Dictionary<string, IReadOnlyDictionary<string, FieldValue>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(predictionsPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var json = JsonDocument.Parse(line);
            var file = json.RootElement.GetProperty("file").GetString() ?? "";
            predicted[file] = ReadFields(json.RootElement, "agenda_numbers");
        }
        return Score(labels, predicted, []);
    }

    public static string ToJsonLines(IEnumerable<ImportPrediction> predictions) =>
        string.Concat(predictions.Select(p => JsonSerializer.Serialize(p) + "\n"));

    private static EvaluationReport Score(IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldValue>> labels,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, FieldValue>> predicted, IReadOnlyList<ImportPrediction> predictions)
    {
        var right = FieldScorer.Fields.ToDictionary(f => f, _ => 0);
        var misses = new List<FieldMiss>();
        var failed = new List<string>();
        foreach (var (file, label) in labels.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!predicted.TryGetValue(file, out var got) || got.ContainsKey("error"))
            {
                failed.Add(file);
                continue;
            }
            foreach (var field in FieldScorer.Fields)
            {
                var want = FieldScorer.Key(field, label.GetValueOrDefault(field, FieldValue.Empty));
                var have = FieldScorer.Key(field, got.GetValueOrDefault(field, FieldValue.Empty));
                if (want == have)
                    right[field]++;
                else
                    misses.Add(new FieldMiss(file, field, want, have));
            }
        }
        return new EvaluationReport(labels.Count, right, misses, failed, predictions);
    }

    private static Dictionary<string, IReadOnlyDictionary<string, FieldValue>> ReadLabels(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var labels = new Dictionary<string, IReadOnlyDictionary<string, FieldValue>>(StringComparer.Ordinal);
        foreach (var item in doc.RootElement.EnumerateArray())
        {
            var fields = ReadFields(item, "agenda_items");
            labels[item.GetProperty("file").GetString() ?? ""] = fields;
        }
        return labels;
    }

    // A label's agenda is "agenda_items" (objects with a number); a prediction's is "agenda_numbers".
    private static Dictionary<string, FieldValue> ReadFields(JsonElement item, string agendaKey)
    {
        var fields = new Dictionary<string, FieldValue>(StringComparer.Ordinal);
        foreach (var field in FieldScorer.Fields)
        {
            var key = field == "agenda_numbers" ? agendaKey : field;
            if (item.TryGetProperty(key, out var value))
                fields[field] = Read(value);
        }
        if (item.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String && error.GetString() is { Length: > 0 })
            fields["error"] = new FieldValue(error.GetString());
        return fields;
    }

    private static FieldValue Read(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => new FieldValue(value.GetString()),
        JsonValueKind.Number => new FieldValue(null, (int)value.GetDouble()),
        JsonValueKind.Array => new FieldValue(null, null, [.. value.EnumerateArray().Select(ItemText)]),
        _ => FieldValue.Empty,
    };

    private static string ItemText(JsonElement item) => item.ValueKind switch
    {
        JsonValueKind.Object => item.TryGetProperty("number", out var n) ? n.ToString() : "",
        JsonValueKind.String => item.GetString() ?? "",
        _ => item.ToString(),
    };

    private static Dictionary<string, FieldValue> Values(ImportPrediction p) => new(StringComparer.Ordinal)
    {
        ["kind"] = new(p.Kind),
        ["date"] = new(p.Date),
        ["speaker"] = new(p.Speaker),
        ["organ"] = new(p.Organ),
        ["session"] = new(p.Session),
        ["agenda_numbers"] = new(null, null, p.AgendaNumbers),
        ["symbols"] = new(null, null, p.Symbols),
    };
}
