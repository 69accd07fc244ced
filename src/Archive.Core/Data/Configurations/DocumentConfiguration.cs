using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("documents");
        document.HasIndex(d => d.Key).IsUnique();
        document.HasIndex(d => d.Slug).IsUnique();
        // Home page and date browsing read newest first, ties broken by slug.
        document.HasIndex(d => new { d.Date, d.Slug });
        document.HasIndex(d => d.Symbol);
        // Browsing by day finds a document by each of its typed dates; SQLite answers the OR of these with one index each.
        document.HasIndex(d => d.DeliveredOn);
        document.HasIndex(d => d.WrittenOn);
        document.HasIndex(d => d.DistributedOn);
        document.HasIndex(d => d.PublishedOn);
        document.Property(d => d.Key).HasMaxLength(12);
        document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        document.Property(d => d.Slug).HasMaxLength(200);
        document.Property(d => d.ImportedVia).HasMaxLength(64);
        document.Ignore(d => d.IsWithdrawn);
        // Public reads never see a withdrawn document or a draft; archivist pages opt out with IgnoreQueryFilters().
        document.HasQueryFilter(PublicDocuments.IsPublic);
        document.Property(d => d.WithdrawalReason).HasMaxLength(500);
        document.Property(d => d.ReviewedBy).HasMaxLength(256);
        // The review queue: documents nobody has reviewed, oldest (lowest id) first; SQLite indexes carry the id.
        document.HasIndex(d => d.ReviewedAt);
        document.Property(d => d.Version).IsConcurrencyToken();
        document.HasOne(d => d.Original).WithOne(o => o.Document).HasForeignKey<OriginalFile>(o => o.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Organs).WithOne(o => o.Document).HasForeignKey(o => o.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.Speakers).WithOne(s => s.Document).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.AgendaItems).WithOne(a => a.Document).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.CitedSymbols).WithOne(s => s.Document).HasForeignKey(s => s.DocumentId).OnDelete(DeleteBehavior.Cascade);
        document.HasMany(d => d.CitedResolutions).WithOne(r => r.Document).HasForeignKey(r => r.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
