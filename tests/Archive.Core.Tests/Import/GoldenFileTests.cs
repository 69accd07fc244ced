using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Import;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

public class GoldenFileTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TheoryData<string> Inputs()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in Repository.AllInputs())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Parse_input_file_matches_golden_json(string name)
    {
        var input = Repository.AllInputs().Single(i => i.Name == name);
        var parsed = DocumentParser.Parse(File.ReadAllText(input.Path), Path.GetFileName(input.Path));
        var actual = JsonSerializer.Serialize(parsed, Json).ReplaceLineEndings("\n") + "\n";
        var goldenPath = Path.Combine(Repository.Golden, name + ".json");

        if (Environment.GetEnvironmentVariable("ARCHIVE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"No golden file for {name}; run with ARCHIVE_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(goldenPath).ReplaceLineEndings("\n"), actual);
    }
}
