using Archive.Cli;
using Archive.Core.Tests.Support;

namespace Archive.Core.Tests.Cli;

/// <summary>A command pointed at a PostgreSQL server that cannot be reached says so in one line and changes nothing.</summary>
public class UnreachableServerTests
{
    [Fact]
    public async Task Import_to_a_server_that_refuses_connections_exits_3_naming_the_server_but_not_the_password()
    {
        var errors = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["import", Repository.Seeds, "--db", "Host=127.0.0.1;Port=1;Database=archive;Username=archive;Password=s3cret-Pass;Timeout=3"],
            new StringWriter(), errors);

        Assert.Equal(CommandLine.UnusableDatabase, code);
        Assert.Contains("The PostgreSQL store archive on 127.0.0.1:1 cannot be used", errors.ToString());
        Assert.DoesNotContain("s3cret-Pass", errors.ToString());
    }
}
