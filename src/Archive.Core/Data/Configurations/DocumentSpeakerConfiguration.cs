using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class DocumentSpeakerConfiguration : IEntityTypeConfiguration<DocumentSpeaker>
{
    public void Configure(EntityTypeBuilder<DocumentSpeaker> link)
    {
        link.ToTable("document_speakers");
        // Hidden with its document, so counts and facets never include withdrawn documents.
        link.HasQueryFilter(PublicDocuments.Through<DocumentSpeaker>(l => l.Document));
        link.HasKey(l => new { l.DocumentId, l.SpeakerId });
        link.HasOne(l => l.Speaker).WithMany(s => s.Documents).HasForeignKey(l => l.SpeakerId).OnDelete(DeleteBehavior.Restrict);
        link.Property(l => l.Capacity).HasConversion<string>().HasMaxLength(16);
        link.HasIndex(l => l.SpeakerId);
    }
}
