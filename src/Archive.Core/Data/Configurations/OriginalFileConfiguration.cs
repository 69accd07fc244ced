using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class OriginalFileConfiguration : IEntityTypeConfiguration<OriginalFile>
{
    public void Configure(EntityTypeBuilder<OriginalFile> original)
    {
        original.ToTable("original_files");
        original.HasQueryFilter(PublicDocuments.Through<OriginalFile>(o => o.Document));
        // The importer's duplicate check; unique so two racing imports cannot both store a file.
        original.HasIndex(o => o.Sha256).IsUnique();
        original.Property(o => o.Sha256).HasMaxLength(64);
        original.Property(o => o.FileName).HasMaxLength(260);
        original.Property(o => o.MediaType).HasMaxLength(100);
    }
}
