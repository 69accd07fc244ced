using Archive.Core.Documents;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

/// <summary>The archive's store: unit of work and query API in one.</summary>
public class ArchiveDb(DbContextOptions<ArchiveDb> options) : DbContext(options)
{
    public DbSet<Document> Documents => Set<Document>();
    public DbSet<OriginalFile> OriginalFiles => Set<OriginalFile>();
    public DbSet<Organ> Organs => Set<Organ>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<SpeakerAlias> SpeakerAliases => Set<SpeakerAlias>();
    public DbSet<DocumentSpeaker> DocumentSpeakers => Set<DocumentSpeaker>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<DocumentAgendaItem> DocumentAgendaItems => Set<DocumentAgendaItem>();
    public DbSet<CitedSymbol> CitedSymbols => Set<CitedSymbol>();
    public DbSet<CitedResolution> CitedResolutions => Set<CitedResolution>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDb).Assembly);
}
