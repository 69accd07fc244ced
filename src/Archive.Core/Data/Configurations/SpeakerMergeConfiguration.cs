using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SpeakerMergeConfiguration : IEntityTypeConfiguration<SpeakerMerge>
{
    public void Configure(EntityTypeBuilder<SpeakerMerge> merge)
    {
        merge.ToTable("speaker_merges");
        merge.HasOne<Speaker>().WithMany().HasForeignKey(m => m.KeptSpeakerId).OnDelete(DeleteBehavior.Restrict);
        merge.Property(m => m.User).HasMaxLength(256);
        merge.Property(m => m.UndoneBy).HasMaxLength(256);
    }
}
