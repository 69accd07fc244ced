using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SpeakerConfiguration : IEntityTypeConfiguration<Speaker>
{
    public void Configure(EntityTypeBuilder<Speaker> speaker)
    {
        speaker.ToTable("speakers");
        speaker.HasIndex(s => s.Slug).IsUnique();
        speaker.HasMany(s => s.Aliases).WithOne().HasForeignKey(a => a.SpeakerId).OnDelete(DeleteBehavior.Cascade);
    }
}
