using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> revision)
    {
        revision.ToTable("revisions");
        // Revisions are for archivists only, who read withdrawn documents too; no navigation, so no filter to inherit.
        revision.HasOne<Document>().WithMany().HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
        revision.HasIndex(r => new { r.DocumentId, r.Number }).IsUnique();
        revision.Property(r => r.User).HasMaxLength(256);
        revision.Property(r => r.Comment).HasMaxLength(500);
        revision.Property(r => r.Summary).HasMaxLength(1000);
    }
}
