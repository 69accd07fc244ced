using System.Text;
using Archive.Core.Import;

namespace Archive.Cli;

/// <summary>The per-file report printed at the end of an import.</summary>
public static class ImportReport
{
    public static string Format(IReadOnlyList<ImportResult> results)
    {
        var report = new StringBuilder();
        report.AppendLine("Report");
        foreach (var result in results)
        {
            var outcome = result.Status switch
            {
                ImportStatus.Imported => "imported",
                ImportStatus.Duplicate => "skipped as duplicate",
                _ => "failed",
            };
            report.AppendLine($"  {result.FileName}: {outcome}" + (result.Slug is null ? "" : $" -> {result.Slug}"));
            if (result.Status == ImportStatus.Failed)
                report.AppendLine($"      reason: {result.Reason}");
            foreach (var warning in result.Warnings)
                report.AppendLine($"      warning ({warning.Field}): {warning.Message}");
        }
        report.Append($"{results.Count(r => r.Status == ImportStatus.Imported)} imported, "
            + $"{results.Count(r => r.Status == ImportStatus.Duplicate)} skipped as duplicates, "
            + $"{results.Count(r => r.Status == ImportStatus.Failed)} failed");
        return report.ToString();
    }
}
