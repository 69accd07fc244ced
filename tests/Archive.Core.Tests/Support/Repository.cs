namespace Archive.Core.Tests.Support;

/// <summary>Paths inside the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Golden => Path.Combine(Root, "tests", "Archive.Core.Tests", "Golden");

    /// <summary>The test's own documents in the styles the seeds do not show.</summary>
    public static string Documents => Path.Combine(Root, "tests", "Archive.Core.Tests", "Documents");

    public static IReadOnlyList<string> SeedFiles => [.. Directory.GetFiles(Seeds, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Seed files and the test's own documents, by name without extension.</summary>
    public static IEnumerable<(string Name, string Path)> AllInputs() =>
        Directory.EnumerateFiles(Seeds, "*.txt").Concat(Directory.EnumerateFiles(Documents, "*.*"))
            .Select(p => (System.IO.Path.GetFileNameWithoutExtension(p), p))
            .OrderBy(x => x.Item1, StringComparer.Ordinal);

    /// <summary>A seed or test document by the start of its name ("000", "hrc_statement").</summary>
    public static ParsedDocumentFile Load(string name)
    {
        var path = Directory.EnumerateFiles(Seeds, name + "*.txt").Concat(Directory.EnumerateFiles(Documents, name + "*.*")).First();
        return new ParsedDocumentFile(System.IO.Path.GetFileName(path), File.ReadAllText(path));
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed record ParsedDocumentFile(string FileName, string Text);
