namespace Archive.Core.Tests.Import;

/// <summary>Finds the repository root (the folder holding Archive.sln) from the test output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Archive.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Golden => Path.Combine(Root, "tests", "Archive.Core.Tests", "Golden");

    public static string Documents => Path.Combine(Root, "tests", "Archive.Core.Tests", "Documents");

    /// <summary>Seed files and the test's own documents, by name without extension.</summary>
    public static IEnumerable<(string Name, string Path)> AllInputs() =>
        Directory.EnumerateFiles(Seeds, "*.txt").Concat(Directory.EnumerateFiles(Documents, "*.txt"))
            .Select(p => (System.IO.Path.GetFileNameWithoutExtension(p), p))
            .OrderBy(x => x.Item1, StringComparer.Ordinal);

    public static ParsedDocumentFile Load(string name)
    {
        var path = Directory.EnumerateFiles(Seeds, name + "*.txt").Concat(Directory.EnumerateFiles(Documents, name + "*.txt")).First();
        return new ParsedDocumentFile(System.IO.Path.GetFileName(path), File.ReadAllText(path));
    }
}

internal sealed record ParsedDocumentFile(string FileName, string Text);
