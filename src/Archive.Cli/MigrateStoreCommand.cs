using Archive.Core.Data;
using Archive.Core.Transfer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Archive.Cli;

/// <summary>
/// `archive migrate-store --from STORE --to STORE`: the whole archive into another, empty store, through a temporary dump,
/// then both compared. Exit 0 when the two are the same, 1 when they differ or the restore failed (the target is left
/// empty), 2 when refused before anything was written, 3 when a file is damaged, 130 when interrupted.
/// </summary>
public static class MigrateStoreCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, Func<string, string?> databaseProblem,
        Func<string, string> connectionFor, string usage)
    {
        if (MigrateStoreArguments.Parse(args, out var error) is not { } arguments)
        {
            await errors.WriteLineAsync(error + Environment.NewLine + Environment.NewLine + usage);
            return 2;
        }
        // Checked before anything is opened, so a mistyped source creates no empty file.
        if (!ArchiveDbOptions.IsPostgres(arguments.From) && !File.Exists(arguments.From))
        {
            await errors.WriteLineAsync($"No archive at {arguments.From}: --from names an SQLite file that does not exist, or a PostgreSQL connection string.");
            return 2;
        }
        if ((databaseProblem(arguments.From) ?? databaseProblem(arguments.To)) is { } problem)
        {
            await errors.WriteLineAsync(problem);
            return 2;
        }
        var (from, to) = (connectionFor(arguments.From), connectionFor(arguments.To));
        if ((StoreFile.Problem(from) ?? StoreFile.Problem(to)) is { } damaged)
        {
            await errors.WriteLineAsync(damaged);
            return CommandLine.UnusableDatabase;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        using var loggers = LoggerFactory.Create(logging => logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger(), dispose: true));
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The restore's transaction rolls back and the temporary folder is removed.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            if (await StoreMigration.ProblemAsync(from, to, cancel.Token) is { } refused)
            {
                await errors.WriteLineAsync(refused);
                return 2;
            }
            await output.WriteLineAsync($"Moving the archive from {StoreMigration.Describe(from)} to {StoreMigration.Describe(to)}.");
            var result = await new StoreMigration(TimeProvider.System, loggers).MoveAsync(from, to, line =>
            {
                output.WriteLine(line);
                output.Flush();
            }, cancel.Token);
            if (result.Identical)
            {
                var rounded = result.Comparison.RoundedInstants > 0
                    ? $" ({result.Comparison.RoundedInstants} instants rounded to the microsecond PostgreSQL keeps)"
                    : "";
                await output.WriteLineAsync($"{result.Rows} rows moved, archives identical{rounded}; {result.Total.TotalSeconds:0.0} s in all.");
                return 0;
            }
            await errors.WriteLineAsync($"{result.Rows} rows restored, but the archives differ ({result.Comparison.Rows} rows compared):");
            foreach (var difference in result.Comparison.Differences)
                await errors.WriteLineAsync("  " + difference);
            return 1;
        }
        catch (TransferException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 1;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            // The restore runs in one transaction: what the target refused rolled all of it back.
            await errors.WriteLineAsync($"The target refused a row, so the restore rolled back and the target is left empty: {ex.InnerException?.Message ?? ex.Message}");
            return 1;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await output.WriteLineAsync("Interrupted: the target was left empty (its migrations stay applied).");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
