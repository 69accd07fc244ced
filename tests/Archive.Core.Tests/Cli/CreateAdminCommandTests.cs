using System.Diagnostics;
using System.Text;
using Archive.Core.Accounts;
using Archive.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Cli;

/// <summary>`archive create-admin` run as a real process, the password on standard input.</summary>
public class CreateAdminCommandTests
{
    [Fact]
    public async Task Create_admin_with_the_password_on_stdin_makes_an_administrator_with_a_hashed_password()
    {
        await using var archive = await TempArchive.CreateAsync();

        var run = await RunAsync("Admin-Password-123!\n", "create-admin", "--email", "chief@example.org", "--db", archive.Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Created administrator chief@example.org", run.Output);
        await using var db = archive.OpenDb();
        var user = await db.Users.SingleAsync(u => u.Email == "chief@example.org");
        Assert.DoesNotContain("Admin-Password-123!", user.PasswordHash);
        var role = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).SingleAsync(x => x.UserId == user.Id);
        Assert.Equal(Roles.Administrator, role.Name);
    }

    [Fact]
    public async Task Create_admin_with_a_weak_password_creates_nobody_and_exits_1()
    {
        await using var archive = await TempArchive.CreateAsync();

        var run = await RunAsync("short\n", "create-admin", "--email", "chief@example.org", "--db", archive.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No administrator created", run.Error);
        await using var db = archive.OpenDb();
        Assert.Equal(0, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Create_admin_without_an_email_prints_usage_and_exits_2()
    {
        var run = await RunAsync("", "create-admin");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--email", run.Error);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "archive.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["Serilog__WriteTo__0__Args__path"] = Path.Combine(Path.GetTempPath(), "archive-test-logs", "admin-.log");
        start.Environment.Remove("ARCHIVE_ADMIN_PASSWORD");
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
