using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class OrganConfiguration : IEntityTypeConfiguration<Organ>
{
    public void Configure(EntityTypeBuilder<Organ> organ)
    {
        organ.ToTable("organs");
        organ.HasIndex(o => o.Name).IsUnique();
        organ.HasIndex(o => o.Slug).IsUnique();
        organ.Property(o => o.SessionTerm).HasMaxLength(16);
    }
}
