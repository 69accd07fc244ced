using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class CitedResolutionConfiguration : IEntityTypeConfiguration<CitedResolution>
{
    public void Configure(EntityTypeBuilder<CitedResolution> resolution)
    {
        resolution.ToTable("cited_resolutions");
        resolution.HasIndex(r => new { r.Number, r.Year });
        resolution.HasIndex(r => r.DocumentId);
    }
}
