using System.Globalization;
using System.Text;
using Archive.Core.Import;
using Archive.Core.Import.Bulk;

namespace Archive.Cli;

/// <summary>`import` of a folder or .tar(.xz) through the bulk importer: a progress bar or progress lines, then the report.</summary>
public static class BulkImportCommand
{
    public static async Task<int> RunAsync(BulkImporter importer, ImportArguments arguments, IImportProfile? profile, TextWriter output, CancellationToken ct)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var view = new ProgressView(output, terminal);
        var settings = new BulkImportSettings { BatchSize = arguments.BatchSize ?? 500 };
        var outcome = await importer.ImportAsync(arguments.Path, profile, settings, view.Show, ct);
        view.Finish();
        if (outcome.Interrupted)
            await output.WriteLineAsync("Interrupted: the batch in progress was not stored. Run the same command again to finish.");
        if (outcome.SourceError is { } stopped)
            await output.WriteLineAsync("Stopped: " + stopped + " The files reported below as imported are stored.");
        await output.WriteLineAsync();
        await output.WriteLineAsync(Format(outcome));
        return outcome.Interrupted ? 130 : outcome.SourceError is not null || outcome.Results.Any(r => r.Status == ImportStatus.Failed) ? 1 : 0;
    }

    public static string Format(BulkImportOutcome outcome)
    {
        var report = new StringBuilder();
        report.AppendLine("Report");
        foreach (var result in outcome.Results)
        {
            var line = result.Status switch
            {
                ImportStatus.Imported => $"  {result.FileName}: imported -> {result.Slug}" + (result.Warnings.Count > 0 ? $" ({result.Warnings.Count} warnings, kept with the document)" : ""),
                ImportStatus.Duplicate => $"  {result.FileName}: skipped as duplicate" + (result.Slug is null ? $" ({result.Reason})" : $" -> {result.Slug}"),
                _ => $"  {result.FileName}: failed\n      reason: {result.Reason}",
            };
            report.AppendLine(line);
        }
        if (outcome.Join.Count > 0)
        {
            report.AppendLine();
            report.AppendLine("Sidecar join");
            foreach (var group in outcome.Join.GroupBy(n => n.Outcome))
            {
                report.AppendLine($"  {Heading(group.Key)} ({group.Count()}):");
                foreach (var note in group)
                    report.AppendLine($"    {note.Subject}: {note.Message}");
            }
        }
        if (outcome.LeftOut.Count > 0)
        {
            report.AppendLine();
            report.AppendLine($"Left out ({outcome.LeftOut.Count}: not a regular file, hidden, or no format the archive reads):");
            foreach (var name in outcome.LeftOut)
                report.AppendLine($"  {name}");
        }
        if (outcome.ImportedBefore is { } earlier)
        {
            report.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  Nothing new: this archive (the same bytes, profile and sidecar) was imported whole on {earlier.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC, and all its {earlier.Documents} documents are still stored; it was not read again."));
        }
        report.AppendLine();
        var search = outcome.Indexed is int indexed
            ? string.Create(CultureInfo.InvariantCulture, $"{indexed} documents indexed, the search index complete {outcome.SearchableTime.TotalSeconds:0.0} s after the last batch")
            : "search index already complete";
        var duplicates = outcome.ImportedBefore?.Files ?? outcome.Results.Count(r => r.Status == ImportStatus.Duplicate);
        report.Append(string.Create(CultureInfo.InvariantCulture,
            $"{outcome.Results.Count(r => r.Status == ImportStatus.Imported)} imported, {duplicates} skipped as duplicates, {outcome.Results.Count(r => r.Status == ImportStatus.Failed)} failed in {outcome.Elapsed.TotalSeconds:0.0} s (storing {outcome.StoreTime.TotalSeconds:0.0} s; {search})"));
        return report.ToString();
    }

    private static string Heading(JoinOutcome outcome) => outcome switch
    {
        JoinOutcome.Corrected => "Codes corrected, then joined",
        JoinOutcome.Merged => "Rows repeated for one file, kept once",
        JoinOutcome.TwoSpeakers => "Files with rows naming different people, all linked",
        JoinOutcome.FileWithoutRow => "Files without a sidecar row (stored, speaker as parsed)",
        JoinOutcome.RowWithoutFile => "Sidecar rows no file took (nothing stored for them)",
        _ => "Files whose name the profile does not read (stored as parsed)",
    };

    /// <summary>A bar redrawn in place on a terminal; otherwise a plain line every 2 seconds.</summary>
    private sealed class ProgressView(TextWriter output, bool terminal)
    {
        private DateTime _last = DateTime.MinValue;
        private BulkProgress? _latest;

        public void Show(BulkProgress progress)
        {
            _latest = progress;
            var now = DateTime.UtcNow;
            if (now - _last < (terminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(2)))
                return;
            _last = now;
            Write(progress);
        }

        public void Finish()
        {
            if (_latest is { } last)
                Write(last with { Fraction = 1 });
            if (terminal)
                output.WriteLine();
        }

        private void Write(BulkProgress p)
        {
            var seconds = Math.Max(p.Elapsed.TotalSeconds, 0.001);
            var rate = p.Done / seconds;
            var eta = p.Fraction > 0.01 && p.Fraction < 1 ? TimeSpan.FromSeconds(seconds * (1 - p.Fraction) / p.Fraction) : (TimeSpan?)null;
            var count = p.Total is int total ? $"{p.Done:N0}/{total:N0} files" : $"{p.Done:N0} files";
            var etaText = eta is { } e ? $"ETA {(int)e.TotalMinutes}:{e.Seconds:00}" : "ETA -";
            if (terminal)
            {
                const int Width = 30;
                var filled = (int)Math.Round(p.Fraction * Width);
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {p.Fraction * 100,3:0}% {count}  {rate:0} files/s  {etaText}  ({p.Imported:N0} imported, {p.Duplicates:N0} skipped, {p.Failed:N0} failed)   "));
            }
            else
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"progress: {count}, {p.Imported:N0} imported, {p.Duplicates:N0} skipped, {p.Failed:N0} failed; {rate:0} files/s; {p.Fraction * 100:0}% read; {etaText}"));
            }
            output.Flush();
        }
    }
}
