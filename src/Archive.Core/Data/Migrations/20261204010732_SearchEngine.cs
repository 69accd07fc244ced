using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <summary>
    /// Search moves from SQLite FTS5 to a Lucene index outside the store (see docs/search.md): the FTS tables, their view and
    /// their triggers go, and with them the index's second copy of every body. In their place <c>search_outbox</c>: triggers
    /// add a row naming the document to every change that can alter what search finds of it, in the change's own
    /// transaction, and each index applies the rows in order. A later migration that rebuilds one of these tables (an EF
    /// table rebuild in SQLite) must create the triggers again.
    /// </summary>
    public partial class SearchEngine : Migration
    {
        private const string Now = "strftime('%Y-%m-%d %H:%M:%f', 'now')";

        // Table, the event, and the documents a row's change touches.
        private static readonly (string Table, string Event, string Documents)[] Changes =
        [
            ("documents", "INSERT", "SELECT NEW.Id"),
            ("documents", "UPDATE", "SELECT NEW.Id"),
            ("documents", "DELETE", "SELECT OLD.Id"),
            ("document_speakers", "INSERT", "SELECT NEW.DocumentId"),
            ("document_speakers", "UPDATE", "SELECT OLD.DocumentId UNION SELECT NEW.DocumentId"),
            ("document_speakers", "DELETE", "SELECT OLD.DocumentId"),
            ("document_organs", "INSERT", "SELECT NEW.DocumentId"),
            ("document_organs", "UPDATE", "SELECT OLD.DocumentId UNION SELECT NEW.DocumentId"),
            ("document_organs", "DELETE", "SELECT OLD.DocumentId"),
            ("document_agenda_items", "INSERT", "SELECT NEW.DocumentId"),
            ("document_agenda_items", "UPDATE", "SELECT OLD.DocumentId UNION SELECT NEW.DocumentId"),
            ("document_agenda_items", "DELETE", "SELECT OLD.DocumentId"),
            ("cited_symbols", "INSERT", "SELECT NEW.DocumentId"),
            ("cited_symbols", "UPDATE", "SELECT OLD.DocumentId UNION SELECT NEW.DocumentId"),
            ("cited_symbols", "DELETE", "SELECT OLD.DocumentId"),
            ("speakers", "UPDATE", "SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.Id, NEW.Id)"),
            ("speaker_aliases", "INSERT", "SELECT DocumentId FROM document_speakers WHERE SpeakerId = NEW.SpeakerId"),
            ("speaker_aliases", "UPDATE", "SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.SpeakerId, NEW.SpeakerId)"),
            ("speaker_aliases", "DELETE", "SELECT DocumentId FROM document_speakers WHERE SpeakerId = OLD.SpeakerId"),
            ("organs", "UPDATE", "SELECT DocumentId FROM document_organs WHERE OrganId IN (OLD.Id, NEW.Id) UNION SELECT x.DocumentId FROM document_agenda_items x JOIN agenda_items a ON a.Id = x.AgendaItemId WHERE a.OrganId IN (OLD.Id, NEW.Id)"),
            ("agenda_items", "UPDATE", "SELECT DocumentId FROM document_agenda_items WHERE AgendaItemId IN (OLD.Id, NEW.Id)"),
        ];

        private static readonly string[] FtsTriggers =
        [
            "documents_fts_ai", "documents_fts_au", "documents_fts_ad", "document_speakers_fts_ai", "document_speakers_fts_au",
            "document_speakers_fts_ad", "document_organs_fts_ai", "document_organs_fts_au", "document_organs_fts_ad",
            "document_agenda_items_fts_ai", "document_agenda_items_fts_au", "document_agenda_items_fts_ad", "speakers_fts_au",
            "speaker_aliases_fts_ai", "speaker_aliases_fts_au", "speaker_aliases_fts_ad", "organs_fts_au", "agenda_items_fts_au",
        ];

        private static string TriggerName((string Table, string Event, string Documents) change) =>
            $"{change.Table}_outbox_{change.Event.ToLowerInvariant()}";
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_search_outbox_At",
                table: "search_outbox",
                column: "At");

            foreach (var trigger in FtsTriggers)
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {trigger};");
            migrationBuilder.Sql("DROP VIEW IF EXISTS documents_search;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS documents_fts_vocab;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS documents_fts;");

            foreach (var change in Changes)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {TriggerName(change)} AFTER {change.Event} ON {change.Table} FOR EACH ROW BEGIN
                        INSERT INTO search_outbox(DocumentId, At) SELECT *, {Now} FROM ({change.Documents});
                    END;
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var change in Changes)
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {TriggerName(change)};");
            migrationBuilder.DropTable(
                name: "search_outbox");
            // The FTS5 index as the SearchIndex migration made it, filled again; its covering index was kept.
            migrationBuilder.Operations.AddRange(new SearchIndex().UpOperations
                .Where(o => o is not Microsoft.EntityFrameworkCore.Migrations.Operations.SqlOperation { Sql: var sql } || !sql.Contains("CREATE INDEX IX_documents_search", StringComparison.Ordinal)));
        }
    }
}
