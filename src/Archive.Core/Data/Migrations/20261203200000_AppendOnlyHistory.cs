using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <summary>
    /// Revisions and the audit log are history: rows are added, never changed or removed. Triggers make the store itself
    /// refuse an UPDATE or DELETE on them, whoever sends it. SQL only: the EF model and its snapshot are unchanged.
    /// </summary>
    [DbContext(typeof(ArchiveDb))]
    [Migration("20261203200000_AppendOnlyHistory")]
    public partial class AppendOnlyHistory : Migration
    {
        private static readonly string[] Tables = ["revisions", "audit_entries"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                foreach (var change in new[] { "UPDATE", "DELETE" })
                {
                    migrationBuilder.Sql($"""
                        CREATE TRIGGER {table}_no_{change.ToLowerInvariant()} BEFORE {change} ON {table}
                        BEGIN
                            SELECT RAISE(ABORT, '{table} is append-only: rows are never changed or deleted');
                        END;
                        """);
                }
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
            {
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_update;");
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_delete;");
            }
        }
    }
}
