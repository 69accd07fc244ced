using Archive.Core.Accounts;
using Archive.Core.Audit;
using Archive.Core.Documents;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Data;

/// <summary>The archive's store: unit of work and query API in one, users and roles included.</summary>
public class ArchiveDb(DbContextOptions<ArchiveDb> options) : IdentityDbContext<IdentityUser>(options)
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
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SpeakerMerge> SpeakerMerges => Set<SpeakerMerge>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Search.Engine.SearchOutboxEntry> SearchOutbox => Set<Search.Engine.SearchOutboxEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // Identity's tables named like the archive's own.
        modelBuilder.Entity<IdentityUser>().ToTable("users");
        modelBuilder.Entity<IdentityRole>().ToTable("roles");
        modelBuilder.Entity<IdentityUserRole<string>>().ToTable("user_roles");
        modelBuilder.Entity<IdentityUserClaim<string>>().ToTable("user_claims");
        modelBuilder.Entity<IdentityUserLogin<string>>().ToTable("user_logins");
        modelBuilder.Entity<IdentityUserToken<string>>().ToTable("user_tokens");
        modelBuilder.Entity<IdentityRoleClaim<string>>().ToTable("role_claims");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ArchiveDb).Assembly);
        if (Database.IsNpgsql())
        {
            // SQLite never enforced a string's length, so archives hold longer values than the model's limits; PostgreSQL
            // would refuse them (moving such an archive over would fail). Text it is, as on SQLite; forms check lengths.
            foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetProperties()).Where(p => p.ClrType == typeof(string)))
                property.SetColumnType("text");
        }
    }
}
