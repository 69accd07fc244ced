using Archive.Core.Preservation;

namespace Archive.Cli;

/// <summary>`fixity` and `backup`: what they print and the exit code they give.</summary>
public static class PreservationCommands
{
    public static async Task<int> FixityAsync(FixityCheck fixity, TextWriter output, CancellationToken ct)
    {
        var report = await fixity.RunAsync(ct);
        foreach (var problem in report.Problems)
            await output.WriteLineAsync($"CHANGED   {problem.Slug}: {problem.What}");
        await output.WriteLineAsync(report.Intact
            ? $"Fixity: all {report.Originals} originals match their SHA-256 and all {report.Bodies} edited bodies their last revision ({report.Documents} documents)."
            : $"Fixity: {report.Problems.Count} problem{(report.Problems.Count == 1 ? "" : "s")} in {report.Documents} documents; restore the documents named from a backup.");
        return report.Intact ? 0 : 1;
    }

    public static async Task<int> BackupAsync(StoreBackup backup, string target, TextWriter output, TextWriter errors, CancellationToken ct)
    {
        try
        {
            var bytes = await backup.WriteAsync(target, ct);
            await output.WriteLineAsync($"Backed up to {Path.GetFullPath(target)} ({bytes:N0} bytes, integrity checked).");
            return 0;
        }
        catch (IOException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 2;
        }
    }
}
