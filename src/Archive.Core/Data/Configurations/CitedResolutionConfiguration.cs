using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class CitedResolutionConfiguration : IEntityTypeConfiguration<CitedResolution>
{
    public void Configure(EntityTypeBuilder<CitedResolution> resolution)
    {
        resolution.ToTable("cited_resolutions");
        // Hidden with its document, so counts and facets never include withdrawn documents.
        resolution.HasQueryFilter(PublicDocuments.Through<CitedResolution>(l => l.Document));
        resolution.HasIndex(r => new { r.Number, r.Year });
        resolution.HasIndex(r => r.DocumentId);
    }
}
