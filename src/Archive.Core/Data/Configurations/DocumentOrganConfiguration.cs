using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class DocumentOrganConfiguration : IEntityTypeConfiguration<DocumentOrgan>
{
    public void Configure(EntityTypeBuilder<DocumentOrgan> link)
    {
        link.ToTable("document_organs");
        // Hidden with its document, so counts and facets never include withdrawn documents.
        link.HasQueryFilter(PublicDocuments.Through<DocumentOrgan>(l => l.Document));
        link.HasKey(l => new { l.DocumentId, l.OrganId });
        link.HasOne(l => l.Organ).WithMany().HasForeignKey(l => l.OrganId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => new { l.OrganId, l.Session });
    }
}
