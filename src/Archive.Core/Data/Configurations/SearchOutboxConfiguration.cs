using Archive.Core.Search.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SearchOutboxConfiguration : IEntityTypeConfiguration<SearchOutboxEntry>
{
    public void Configure(EntityTypeBuilder<SearchOutboxEntry> entry)
    {
        entry.ToTable("search_outbox");
        // AUTOINCREMENT: an id is never handed out twice, even after the oldest rows are pruned.
        entry.Property(e => e.Id).HasAnnotation("Sqlite:Autoincrement", true);
        entry.HasIndex(e => e.At);
    }
}
