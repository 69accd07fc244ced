using Archive.Core;
using Archive.Core.Accounts;
using Archive.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;

namespace Archive.Cli;

/// <summary>
/// `archive create-admin --email X [--db FILE]`: the first administrator. The password is read from the environment
/// variable ARCHIVE_ADMIN_PASSWORD or the first line of standard input, never from the command line, where other users
/// of the machine and the shell history would see it.
/// </summary>
public static class CreateAdminCommand
{
    public const string PasswordVariable = "ARCHIVE_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, TextWriter errors,
        Func<string?, string?> connectionFor)
    {
        string? email = null;
        string? database = null;
        for (var i = 1; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], i + 1 < args.Count ? args[++i] : null);
            if (name == "--email" && !string.IsNullOrWhiteSpace(value))
                email = value.Trim();
            else if (name == "--db" && !string.IsNullOrWhiteSpace(value))
                database = value;
            else
            {
                await errors.WriteLineAsync($"Unknown or incomplete option \"{args[i]}\". Usage: archive create-admin --email <address> [--db <database-file>]");
                return 2;
            }
        }
        if (email is null || !email.Contains('@', StringComparison.Ordinal))
        {
            await errors.WriteLineAsync("Give the administrator's email address: archive create-admin --email <address>.");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync($"Password for {email} (one line on standard input, or set {PasswordVariable}):");
            password = (await input.ReadLineAsync())?.TrimEnd('\r');
        }
        if (string.IsNullOrEmpty(password))
        {
            await errors.WriteLineAsync($"No password given: type it on standard input or set {PasswordVariable}.");
            return 2;
        }
        if (connectionFor(database) is not { } connectionString)
        {
            await errors.WriteLineAsync("No database given: pass --db <file> or set ConnectionStrings__Archive.");
            return 2;
        }
        if (StoreFile.Problem(connectionString) is { } damaged)
        {
            await errors.WriteLineAsync(damaged);
            return CommandLine.UnusableDatabase;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.AddSerilog(new LoggerConfiguration().ReadFrom.Configuration(configuration).CreateLogger(), dispose: true))
            .AddArchiveCore(configuration, connectionString);
        services.AddArchiveIdentity();
        await using var provider = services.BuildServiceProvider(validateScopes: true);
        await using var scope = provider.CreateAsyncScope();
        await ArchiveMigrations.ApplyAsync(scope.ServiceProvider.GetRequiredService<ArchiveDb>(), CancellationToken.None);
        var problems = await scope.ServiceProvider.GetRequiredService<Administrators>().CreateUserAsync(email, password, Roles.Administrator, CancellationToken.None);
        if (problems.Count > 0)
        {
            await errors.WriteLineAsync($"No administrator created: {string.Join(" ", problems)}");
            return 1;
        }
        await scope.ServiceProvider.GetRequiredService<Core.Audit.AuditLog>()
            .RecordAsync("command line", "create user", email, Core.Audit.AuditOutcome.Succeeded, "administrator", CancellationToken.None);
        await output.WriteLineAsync($"Created administrator {email}. Sign in at /account/signin.");
        return 0;
    }
}
