using Archive.Core.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace Archive.DesignTime;

/// <summary>Lets `dotnet ef` build the model; the database it names is never opened by migrations add.</summary>
public sealed class DesignTimeDbFactory : IDesignTimeDbContextFactory<ArchiveDb>
{
    public ArchiveDb CreateDbContext(string[] args) => new(ArchiveDbOptions.For("Data Source=design-time.db"));
}
