using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class DocumentAgendaItemConfiguration : IEntityTypeConfiguration<DocumentAgendaItem>
{
    public void Configure(EntityTypeBuilder<DocumentAgendaItem> link)
    {
        link.ToTable("document_agenda_items");
        // Hidden with its document, so counts and facets never include withdrawn documents.
        link.HasQueryFilter(PublicDocuments.Through<DocumentAgendaItem>(l => l.Document));
        link.HasKey(l => new { l.DocumentId, l.AgendaItemId });
        link.HasOne(l => l.AgendaItem).WithMany().HasForeignKey(l => l.AgendaItemId).OnDelete(DeleteBehavior.Restrict);
        link.HasIndex(l => l.AgendaItemId);
    }
}
