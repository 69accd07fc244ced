using System.Diagnostics;
using System.Formats.Tar;

namespace Archive.Core.Tests.Support;

/// <summary>
/// Seven real UNGDC statements (Import/Ungdc) and a small sidecar with the sheet's join problems: trailing spaces, a
/// lower-case code, a post broken over two lines, a non-ISO code (CZK), the 2001 Sweden/Swaziland swap, a repeated row,
/// rows no file takes and a file no row names.
/// </summary>
public static class UngdcSample
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "Archive.Core.Tests", "Import", "Ungdc");

    public const int Files = 7;

    // Lines (header is line 1): 2 KOR, 4 CHE/Sweden, 5 SWE/Swaziland, 6 CZK, 7–8 URY twice, 9 THA, 10–15 other years.
    public const string Sidecar = """
        year,session,iso3,country,speaker,post
        2024,79,kor ,Republic of Korea ,Tae-yul Cho,"Minister of
        Foreign Affairs "
        2001,56,CHE,Sweden,Anna Lindh,Minister for Foreign Affairs
        2001,56,SWE,Swaziland,Clifford Sibusiso Mamba,UN Representative
        1947,2,CZK,Czechoslovakia,Mr. Masaryk,
        1947,2,URY,Uruguay,Mr. Blanco,
        1947,2,URY,Uruguay ,Mr. BLANCO ,
        1947,2,THA,Siam,Mr. Banomyong,
        1948,3,CSK,Czechoslovakia,Mr. Clementis,
        2002,57,SWE,Sweden,Anna Lindh,Minister for Foreign Affairs
        2002,57,SWZ,Swaziland,Clifford Sibusiso Mamba,UN Representative
        2002,57,BRN,Brunei Darussalam,Serbini Ali,UN Representative
        2003,58,SWE,Sweden,Anna Lindh,Minister for Foreign Affairs
        2003,58,SWZ,Swaziland,Clifford Sibusiso Mamba,UN Representative
        """;

    /// <summary>The files as "Session NN - YYYY/CCC_NN_YYYY.txt" paths and their bytes.</summary>
    public static IReadOnlyList<(string Path, byte[] Content)> Statements() =>
        [.. Directory.EnumerateFiles(Folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))];

    /// <summary>A temporary folder with "UNGDC_sample/Session …/…" and "speakers.csv" beside it; deleted by the caller.</summary>
    public static string CreateWorkspace()
    {
        var workspace = Directory.CreateTempSubdirectory("archive-ungdc-").FullName;
        foreach (var (path, content) in Statements())
        {
            var target = Path.Combine(workspace, "UNGDC_sample", path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
        File.WriteAllText(Path.Combine(workspace, "speakers.csv"), Sidecar);
        return workspace;
    }

    /// <summary>Packs the workspace's UNGDC_sample folder as UNGDC_sample.tar.xz, as the corpus ships (xz from xz-utils).</summary>
    public static async Task<string> PackAsync(string workspace)
    {
        var tar = Path.Combine(workspace, "UNGDC_sample.tar");
        await TarFile.CreateFromDirectoryAsync(Path.Combine(workspace, "UNGDC_sample"), tar, includeBaseDirectory: true);
        using var xz = Process.Start(new ProcessStartInfo("xz", ["-z", "-T1", tar]) { RedirectStandardError = true })!;
        await xz.WaitForExitAsync();
        Assert.Equal(0, xz.ExitCode);
        return tar + ".xz";
    }
}
