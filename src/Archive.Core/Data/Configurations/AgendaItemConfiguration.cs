using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class AgendaItemConfiguration : IEntityTypeConfiguration<AgendaItem>
{
    public void Configure(EntityTypeBuilder<AgendaItem> item)
    {
        item.ToTable("agenda_items");
        item.HasIndex(i => new { i.OrganId, i.Session, i.Number, i.SubItem }).IsUnique();
        item.HasOne(i => i.Organ).WithMany().HasForeignKey(i => i.OrganId).OnDelete(DeleteBehavior.Restrict);
        item.Property(i => i.SubItem).HasMaxLength(8);
    }
}
