using Archive.Core;
using Archive.Core.Data;
using Archive.Core.Import;
using Archive.Core.Import.Bulk;
using Archive.Core.Preservation;
using Archive.Core.Search;
using Microsoft.Data.Sqlite;
using Archive.Core.Transfer;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog;

namespace Archive.Cli;

/// <summary>`archive import`, `reindex`, `create-admin`, `dump`, `restore` and `migrate-store`: a thin shell over Core's importer, search index and accounts.</summary>
public static class CommandLine
{
    private const string Usage = """
        Usage: archive import <file-or-folder> [--db <database-file>]
               archive import <folder-or-.tar.xz> [--profile <name> --sidecar <file.csv>] [--batch <n>] [--db <database-file>]
               archive reindex [--db <database-file>]
               archive create-admin --email <address> [--db <database-file>]
               archive fixity [--db <database-file>]
               archive backup <target-file> [--db <database-file>]
               archive dump <folder> [--db <database-file>]
               archive restore <folder> [--db <database-file>]
               archive migrate-store --from <database-file-or-connection> --to <database-file-or-connection>
               archive evaluate-import <folder> --labels <labels.json> [--out <predictions.jsonl>] [--explain]
               archive --help

        Imports .txt, .md, .pdf, .docx and .html files into the archive, one transaction per file; they are
        public at once and wait in the archivists' review queue. Files already stored (same SHA-256) are
        skipped, so running it again is harmless. A PDF without a text layer (scanned) is refused.
        A .tar, .tar.xz or .txz archive, or any import with --profile or --batch, runs as a bulk import: parsed on every core,
        stored in transactions of --batch documents (500), with a progress bar; --profile ungdc takes speaker, post
        and country from the sidecar (docs/bulk-import.md) and reports every row or file it could not join.
        reindex rebuilds the full-text search index from the stored documents, in one transaction
        (the store keeps it up to date by itself; this is a repair).
        The database defaults to the web app's (src/Archive.Web/App_Data/archive.db in this repository),
        or the connection string in ConnectionStrings__Archive. --db takes an SQLite file or a PostgreSQL
        connection string ("Host=…;Database=…;Username=…"; docs/deployment.md).
        create-admin makes an administrator; the password is read from ARCHIVE_ADMIN_PASSWORD or standard input.
        fixity re-hashes every original file and compares every body with its last revision; it lists what changed
        or went missing and exits with 1 if anything did.
        backup writes a consistent copy of the database while the archive keeps serving (never over an existing file).
        dump writes the whole archive (originals byte for byte, metadata, revisions, speakers and merges, agenda
        items, users, audit log) into a new or empty folder, in the layout of docs/dump-format.md; restore reads
        such a folder into an empty archive, all or nothing.
        migrate-store moves the whole archive from one store to another, new or empty one (SQLite file to PostgreSQL
        or back; docs/migrate-store.md): it migrates the target, dumps the source to a temporary folder, restores
        from it, compares the two row by row and byte by byte, and removes the folder. It refuses a missing source
        or a target that has any row (exit 2, nothing written) and exits with 1 if the two archives differ.
        evaluate-import parses every file under the folder and scores it against hand labels (per field, every
        miss, invented values; --explain adds the rule behind each missed value); it opens no database.

        Exit codes: 0 done; 1 a file failed to import, or fixity found a problem; 2 usage error (nothing
        opened); 3 the database file is damaged or no SQLite database (left as it was), or the PostgreSQL server
        cannot be used; 130 interrupted.
        """;

    /// <summary>The exit code when the database file is damaged or no SQLite database; nothing is written to it then.</summary>
    public const int UnusableDatabase = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, TextReader? input = null)
    {
        if (args.Any(a => a is "--help" or "-h" or "help"))
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }
        if (args is ["create-admin", ..])
        {
            return await CreateAdminCommand.RunAsync(args, input ?? TextReader.Null, output, errors, database =>
            {
                if (database is not null)
                    return DatabaseProblem(database) is null ? ConnectionFor(database) : null;
                return new ConfigurationBuilder().AddEnvironmentVariables().Build().GetConnectionString("Archive") ?? DefaultConnection();
            });
        }
        if (args is ["evaluate-import", ..])
        {
            return await EvaluateImportCommand.RunAsync(args, output, errors);
        }
        if (args.Length > 0 && args[0] == "reindex")
        {
            if (ReindexArguments.Parse(args, out var reindexError) is not { } reindex)
            {
                await errors.WriteLineAsync(reindexError + Environment.NewLine + Environment.NewLine + Usage);
                return 2;
            }
            return await RunWithServicesAsync(reindex.Database, output, errors, async (scope, ct) =>
            {
                var count = await scope.GetRequiredService<Archive.Core.Search.Engine.SearchEngine>().RebuildAsync(scope.GetRequiredService<Archive.Core.Data.ArchiveDb>(), ct);
                await output.WriteLineAsync($"Rebuilt the search index: {count} documents indexed (withdrawn documents and drafts are left out).");
                return 0;
            });
        }
        if (args.Length > 0 && args[0] is "fixity" or "backup")
        {
            if (PreservationArguments.Parse(args, out var preservationError) is not { } preservation)
            {
                await errors.WriteLineAsync(preservationError + Environment.NewLine + Environment.NewLine + Usage);
                return 2;
            }
            return await RunWithServicesAsync(preservation.Database, output, errors, (scope, ct) => preservation.Command == "fixity"
                ? PreservationCommands.FixityAsync(scope.GetRequiredService<FixityCheck>(), output, ct)
                : PreservationCommands.BackupAsync(scope.GetRequiredService<StoreBackup>(), preservation.Target!, output, errors, ct));
        }
        if (args is ["migrate-store", ..])
            return await MigrateStoreCommand.RunAsync(args, output, errors, DatabaseProblem, ConnectionFor, Usage);
        if (args is ["dump" or "restore", ..])
            return await TransferAsync(args, output, errors);
        if (ImportArguments.Parse(args, out var error) is not { } arguments)
        {
            await errors.WriteLineAsync(error + Environment.NewLine + Environment.NewLine + Usage);
            return 2;
        }
        // Checked before the database is opened, so a mistyped path creates nothing.
        if (!File.Exists(arguments.Path) && !Directory.Exists(arguments.Path))
        {
            await errors.WriteLineAsync($"No file or folder at {arguments.Path}.");
            return 2;
        }

        if (arguments.IsBulk)
        {
            // A profile is read (and its sidecar checked) before the database is opened, so a mistake creates nothing.
            IImportProfile? profile = null;
            if (arguments.Profile is { } name && (profile = ImportProfiles.Create(name, arguments.Sidecar, out var profileError)) is null)
            {
                await errors.WriteLineAsync(profileError);
                return 2;
            }
            return await RunWithServicesAsync(arguments.Database, output, errors, (scope, ct) =>
                BulkImportCommand.RunAsync(scope.GetRequiredService<BulkImporter>(), arguments, profile, output, ct));
        }
        return await RunWithServicesAsync(arguments.Database, output, errors, (scope, ct) =>
            ImportAsync(scope.GetRequiredService<FolderImporter>(), arguments.Path, output, ct));
    }

    // Opens the configured store (migrated), runs one command in a scope, and turns Ctrl+C into a cancellation.
    private static async Task<int> RunWithServicesAsync(string? database, TextWriter output, TextWriter errors,
        Func<IServiceProvider, CancellationToken, Task<int>> command)
    {
        if (database is { } file && DatabaseProblem(file) is { } problem)
        {
            await errors.WriteLineAsync(problem);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var connectionString = database is not null ? ConnectionFor(database)
            : configuration.GetConnectionString("Archive") ?? DefaultConnection();
        if (connectionString is null)
        {
            await errors.WriteLineAsync("No database given: pass --db <file> or set ConnectionStrings__Archive.");
            return 2;
        }
        if (StoreFile.Problem(connectionString) is { } damaged)
        {
            await errors.WriteLineAsync(damaged);
            return UnusableDatabase;
        }

        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger(), dispose: true))
            .AddArchiveCore(configuration, connectionString)
            .BuildServiceProvider(validateScopes: true);
        await using (services)
        {
            try
            {
                // No host runs here to validate options on start, so ask for them now.
                _ = services.GetRequiredService<IOptions<ArchiveOptions>>().Value;
            }
            catch (OptionsValidationException ex)
            {
                await errors.WriteLineAsync("Invalid settings: " + string.Join("; ", ex.Failures));
                return 2;
            }

            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                // Finish the file in hand (its transaction rolls back) and still print the report.
                e.Cancel = true;
                cancel.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                await using var scope = services.CreateAsyncScope();
                await ArchiveMigrations.ApplyAsync(scope.ServiceProvider.GetRequiredService<ArchiveDb>(), cancel.Token);
                return await command(scope.ServiceProvider, cancel.Token);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await output.WriteLineAsync("Interrupted.");
                return 130;
            }
            catch (SqliteException ex) when (StoreFile.IsDamage(ex))
            {
                await errors.WriteLineAsync(StoreFile.Unusable(new SqliteConnectionStringBuilder(connectionString).DataSource, "is damaged (" + ex.Message + ")"));
                return UnusableDatabase;
            }
            catch (Npgsql.NpgsqlException ex) when (!cancel.IsCancellationRequested && ex is not Npgsql.PostgresException { SqlState: not null and not "3D000" and not "28P01" and not "28000" })
            {
                await errors.WriteLineAsync(StoreFile.Unreachable(connectionString, ex));
                return UnusableDatabase;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
        }
    }

    private static async Task<int> TransferAsync(string[] args, TextWriter output, TextWriter errors)
    {
        if (TransferArguments.Parse(args, out var error) is not { } transfer)
        {
            await errors.WriteLineAsync(error + Environment.NewLine + Environment.NewLine + Usage);
            return 2;
        }
        if (args[0] == "restore" && !File.Exists(Path.Combine(transfer.Folder, DumpLayout.ManifestFile)))
        {
            await errors.WriteLineAsync($"{transfer.Folder} is not an archive dump: it has no {DumpLayout.ManifestFile}.");
            return 2;
        }
        return await RunWithServicesAsync(transfer.Database, output, errors, async (scope, ct) =>
        {
            try
            {
                if (args[0] == "dump")
                {
                    var manifest = await scope.GetRequiredService<ArchiveDump>().WriteAsync(transfer.Folder, ct);
                    await output.WriteLineAsync($"Dumped {manifest.Tables.Sum(t => t.Rows)} rows of {manifest.Tables.Count} tables to {transfer.Folder} (layout version {manifest.Version}).");
                }
                else
                {
                    var rows = await scope.GetRequiredService<ArchiveRestore>().ReadAsync(transfer.Folder, ct);
                    await output.WriteLineAsync($"Restored {rows} rows from {transfer.Folder}.");
                }
                return 0;
            }
            catch (TransferException ex)
            {
                await errors.WriteLineAsync(ex.Message);
                return 1;
            }
        });
    }

    private static async Task<int> ImportAsync(FolderImporter importer, string path, TextWriter output, CancellationToken ct)
    {
        var results = new List<ImportResult>();
        try
        {
            await importer.ImportAsync(path, "command line", (result, done, total) =>
            {
                results.Add(result);
                output.WriteLine($"[{done}/{total}] {Describe(result)}");
                output.Flush();
            }, ct);
        }
        catch (OperationCanceledException)
        {
            await output.WriteLineAsync("Interrupted: the file in progress was not stored. Run the same command again to finish.");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync(ImportReport.Format(results));
        return ct.IsCancellationRequested ? 130 : results.Any(r => r.Status == ImportStatus.Failed) ? 1 : 0;
    }

    private static string Describe(ImportResult result) => result.Status switch
    {
        ImportStatus.Imported => $"imported  {result.FileName} as {result.Slug}" + (result.Warnings.Count > 0 ? $" ({result.Warnings.Count} warnings)" : ""),
        ImportStatus.Duplicate => $"skipped   {result.FileName}: {result.Reason}",
        _ => $"FAILED    {result.FileName}: {result.Reason}",
    };

    /// <summary>--db names an SQLite file, or is a PostgreSQL connection string (Host=…;Database=…).</summary>
    private static string ConnectionFor(string database) =>
        ArchiveDbOptions.IsPostgres(database) ? database : ArchiveDbOptions.ForFile(database);

    // A mistyped --db must not create folders or open a directory as a database.
    private static string? DatabaseProblem(string file)
    {
        if (ArchiveDbOptions.IsPostgres(file))
            return null;
        if (Directory.Exists(file))
            return $"--db {file} is a folder; give the database file inside it, such as {Path.Combine(file, "archive.db")}.";
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        return folder is not null && !Directory.Exists(folder) ? $"--db {file}: the folder {folder} does not exist." : null;
    }

    // The web app's database, when the command runs inside the repository.
    private static string? DefaultConnection()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Archive.sln")))
                return ArchiveDbOptions.ForFile(Path.Combine(dir.FullName, "src", "Archive.Web", "App_Data", "archive.db"));
        }
        return null;
    }
}
