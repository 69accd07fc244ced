using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Archive.Core.Import;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Import;

public class RobustnessTests
{
    // The catch-all fallback always has warnings and a title, so every test here also proves the reader itself finished.
    private static void AssertReaderFinished(ParsedDocument doc) =>
        Assert.DoesNotContain(doc.Warnings, w => w.Field == "parser");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n\n\r\n\t")]
    [InlineData("\0\0\u0001\u0002\uFFFD\uFFFE")]
    [InlineData("**")]
    [InlineData("---\n---\n***")]
    [InlineData("date 2025-13-45 NOWHERE,")]
    [InlineData("(Signed)")]
    [InlineData("Statement by")]
    [InlineData("Letter dated")]
    [InlineData("Agenda items 1, 2 and")]
    public void Parse_degenerate_input_finishes_with_title_and_date_warning(string text)
    {
        var doc = DocumentParser.Parse(text, "junk.txt");

        AssertReaderFinished(doc);
        Assert.NotEmpty(doc.Warnings);
        Assert.False(string.IsNullOrEmpty(doc.Title));
        Assert.Contains(doc.Warnings, w => w.Field == "date");
    }

    [Fact]
    public void Parse_null_text_finishes_with_empty_text_warning()
    {
        var doc = DocumentParser.Parse(null!, null!);

        AssertReaderFinished(doc);
        Assert.Contains(doc.Warnings, w => w.Field == "file" && w.Message == "The text is empty");
    }

    [Fact]
    public void Parse_binary_looking_junk_finishes_with_kind_warning()
    {
        var random = new Random(7);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        var text = Encoding.Latin1.GetString(bytes);

        var doc = DocumentParser.Parse(text, "junk.bin");

        AssertReaderFinished(doc);
        Assert.Contains(doc.Warnings, w => w.Field == "kind");
    }

    [Fact]
    public void Parse_five_megabyte_text_still_reads_the_note()
    {
        var seed = File.ReadAllText(Path.Combine(Repository.Seeds, "004_f2b05f08a456e9bf.txt"));
        var sb = new StringBuilder();
        while (sb.Length < 5_000_000)
        {
            sb.Append(seed).Append("\n\n");
        }

        var doc = DocumentParser.Parse(sb.ToString(), "big.txt");

        AssertReaderFinished(doc);
        Assert.Equal(Archive.Core.Documents.DocumentKind.NoteVerbale, doc.Kind);
        Assert.Equal("0461/27/20/22", doc.ReferenceNumber);
    }

    [Fact]
    public void Parse_five_megabyte_single_line_finishes_with_speaker_warning()
    {
        var text = new string('a', 2_500_000) + " Statement by Mr. X " + new string('*', 2_500_000);

        var doc = DocumentParser.Parse(text, "line.txt");

        AssertReaderFinished(doc);
        Assert.Contains(doc.Warnings, w => w.Field == "speaker");
    }

    [Fact]
    public void Parse_random_mix_of_seed_fragments_finishes_with_warnings_for_missing_fields()
    {
        var fragments = Directory.EnumerateFiles(Repository.Seeds, "*.txt")
            .SelectMany(f => File.ReadAllText(f).Split('\n'))
            .Concat(["", "**", "*", "---", "  ", "(Signed)", "Distr.: General", "Agenda item", "date 2025-07-01", "\u201c", "\r"])
            .ToArray();
        var random = new Random(2024);

        for (var i = 0; i < 2_000; i++)
        {
            var sb = new StringBuilder();
            var count = random.Next(0, 30);
            for (var j = 0; j < count; j++)
            {
                var fragment = fragments[random.Next(fragments.Length)];
                if (fragment.Length > 0 && random.Next(4) == 0)
                {
                    var start = random.Next(fragment.Length);
                    fragment = fragment[start..Math.Min(fragment.Length, start + random.Next(1, 80))];
                }

                sb.Append(fragment).Append(random.Next(3) == 0 ? "\n\n" : "\n");
            }

            var doc = DocumentParser.Parse(sb.ToString(), $"random-{i}.txt");

            AssertReaderFinished(doc);
            Assert.False(string.IsNullOrEmpty(doc.Title));
            if (doc.Date == null)
            {
                Assert.Contains(doc.Warnings, w => w.Field == "date");
            }

            if (doc.Organs.Count == 0)
            {
                Assert.Contains(doc.Warnings, w => w.Field == "organ");
            }
        }
    }

    [Fact]
    public void Failed_reader_exception_returns_parser_warning()
    {
        var doc = DocumentParser.Failed("Some text", "broken.txt", new InvalidOperationException("boom"));

        var warning = Assert.Single(doc.Warnings);
        Assert.Equal("parser", warning.Field);
        Assert.Equal("The parser failed: InvalidOperationException: boom", warning.Message);
        Assert.Equal("Some text", doc.Body);
    }

    [Fact]
    public void ImportRegexes_any_pattern_runs_non_backtracking_or_with_two_second_timeout()
    {
        var regexes = typeof(DocumentParser).Assembly.GetTypes()
            .Where(t => t.Namespace == "Archive.Core.Import")
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(Regex))
            .Select(f => (Name: f.DeclaringType!.Name + "." + f.Name, Regex: (Regex)f.GetValue(null)!))
            .ToList();

        Assert.NotEmpty(regexes);
        Assert.All(regexes, r => Assert.True(
            r.Regex.Options.HasFlag(RegexOptions.NonBacktracking) || r.Regex.MatchTimeout >= TimeSpan.FromSeconds(2),
            $"{r.Name} has a {r.Regex.MatchTimeout.TotalMilliseconds} ms timeout and backtracks"));
    }

    [Fact]
    public void Reference_long_line_without_digits_fails_in_linear_time()
    {
        var line = "Ref: " + new string('a', 50_000) + "!";

        Assert.DoesNotMatch(HeaderRules.Reference, line);
        Assert.Equal("0461/27/20/22", HeaderRules.Reference.Match("Ref: 0461/27/20/22").Groups[1].Value);
        Assert.Equal("A12/2020", HeaderRules.Reference.Match("No. A12/2020").Groups[1].Value);
        Assert.DoesNotMatch(HeaderRules.Reference, "No. abc");
    }
}
