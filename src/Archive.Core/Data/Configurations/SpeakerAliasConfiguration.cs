using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class SpeakerAliasConfiguration : IEntityTypeConfiguration<SpeakerAlias>
{
    public void Configure(EntityTypeBuilder<SpeakerAlias> alias)
    {
        alias.ToTable("speaker_aliases");
        alias.HasIndex(a => new { a.SpeakerId, a.Spelling }).IsUnique();
        // The loader looks people up by the folded key, never by scanning every speaker.
        alias.HasIndex(a => a.SurnameKey);
    }
}
