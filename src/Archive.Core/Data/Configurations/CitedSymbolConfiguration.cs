using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Archive.Core.Data.Configurations;

internal sealed class CitedSymbolConfiguration : IEntityTypeConfiguration<CitedSymbol>
{
    public void Configure(EntityTypeBuilder<CitedSymbol> symbol)
    {
        symbol.ToTable("cited_symbols");
        // Hidden with its document, so counts and facets never include withdrawn documents.
        symbol.HasQueryFilter(PublicDocuments.Through<CitedSymbol>(l => l.Document));
        symbol.HasIndex(s => new { s.DocumentId, s.Symbol }).IsUnique();
        // "Which documents cite A/79/875?" is a lookup by symbol.
        symbol.HasIndex(s => s.Symbol);
        symbol.Property(s => s.Symbol).HasMaxLength(100);
    }
}
