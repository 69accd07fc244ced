using System.Diagnostics;
using System.Text;

namespace Archive.Core.Tests.Support;

/// <summary>Runs the built `archive` command as a separate process, as an operator would.</summary>
public static class CliRun
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "cli-.log");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
