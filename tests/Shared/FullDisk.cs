using System.Diagnostics;
using System.Text;

namespace Archive.Tests.Shared;

/// <summary>What the storage-full tests share: a small tmpfs to fill, and a statement too big for what is left of it.</summary>
public static class FullDisk
{
    /// <summary>About 4.5 MB of distinct words: more than a 3 MB tmpfs holding the seeds has left, under the 10 MB limit.</summary>
    public static string BigStatement(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("Statement by the representative of Norway\n\n12 March 2024\n\nMr. President,\n\n");
        for (var i = 0; i < 400_000; i++)
            text.Append("word").Append(random.Next(1_000_000)).Append(i % 20 == 19 ? ".\n" : " ");
        return text.ToString();
    }

    /// <summary>Runs a system command (mount, umount) and returns its exit code.</summary>
    public static async Task<int> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
