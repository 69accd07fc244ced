using Archive.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.DesignTime;

/// <summary>
/// Lets `dotnet ef` build the model; the database it names is never opened by migrations add. ARCHIVE_DESIGN_STORE=postgres
/// builds the PostgreSQL model, for migrations in src/Archive.Store.Postgres.
/// </summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<ArchiveDb>
{
    public ArchiveDb CreateDbContext(string[] args) =>
        new(ArchiveDbOptions.For(Environment.GetEnvironmentVariable("ARCHIVE_DESIGN_STORE") == "postgres"
            ? "Host=localhost;Database=archive_design"
            : "Data Source=design-time.db"));
}
