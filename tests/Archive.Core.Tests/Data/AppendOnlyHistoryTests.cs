using Archive.Core.Audit;
using Archive.Core.Documents;
using Archive.Core.Tests.Support;
using Archive.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Archive.Core.Tests.Data;

/// <summary>Revisions and audit entries can be added, never changed or deleted, by any client of the store.</summary>
public class AppendOnlyHistoryTests
{
    [Theory]
    [InlineData("UPDATE revisions SET \"Comment\" = 'rewritten'")]
    [InlineData("DELETE FROM revisions")]
    [InlineData("UPDATE audit_entries SET \"Outcome\" = 'succeeded'")]
    [InlineData("DELETE FROM audit_entries")]
    public async Task Store_refuses_to_change_or_delete_history_and_keeps_it(string sql)
    {
        await using var archive = await TempArchive.CreateAsync();
        await archive.ImportSeedsAsync();
        await using var db = archive.OpenDb();
        var documentId = await db.Documents.Select(d => d.Id).FirstAsync();
        db.Revisions.Add(new Revision { DocumentId = documentId, Number = 1, Version = 0, User = "a", At = DateTimeOffset.UtcNow, Comment = "first", Summary = "", Snapshot = "{}" });
        db.AuditEntries.Add(new AuditEntry { At = DateTimeOffset.UtcNow, User = "a", Action = "edit", Target = "x", Outcome = AuditOutcome.Refused });
        await db.SaveChangesAsync();

        var refused = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
        Assert.Equal("first", await db.Revisions.Select(r => r.Comment).SingleAsync());
        Assert.Equal(AuditOutcome.Refused, await db.AuditEntries.Select(a => a.Outcome).SingleAsync());
    }

    [Fact]
    public async Task History_triggers_survive_every_later_migration_which_rebuilds_neither_table()
    {
        await using var archive = await TempArchive.CreateAsync();
        await using var db = archive.OpenDb();

        Assert.False(db.Database.HasPendingModelChanges());
        if (TestStore.IsPostgres)
        {
            Assert.Contains("20261204040000_PostgresTriggers", db.Database.GetMigrations());
            var pg = await db.Database.SqlQuery<string>($"SELECT tgname AS \"Value\" FROM pg_trigger WHERE tgname LIKE '%\\_no\\_%' ORDER BY tgname").ToListAsync();
            Assert.Equal(["audit_entries_no_delete", "audit_entries_no_truncate", "audit_entries_no_update", "revisions_no_delete", "revisions_no_truncate", "revisions_no_update"], pg);
            return;
        }
        Assert.Contains("20261203200000_AppendOnlyHistory", db.Database.GetMigrations());
        var triggers = await db.Database.SqlQuery<string>($"SELECT name AS Value FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_no_%' ORDER BY name").ToListAsync();
        Assert.Equal(["audit_entries_no_delete", "audit_entries_no_update", "revisions_no_delete", "revisions_no_update"], triggers);
    }
}
