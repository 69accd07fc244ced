using Archive.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Store.Postgres.Migrations
{
    /// <summary>
    /// What the SQLite history builds in SQL, built again for PostgreSQL: the search outbox's triggers (SearchEngine), the
    /// maintained page counts with their covering indexes (PageCounts, SearchIndex) and the refusal to change history
    /// (AppendOnlyHistory). Identifiers are quoted, as EF creates them. SQL only: the model and its snapshot are unchanged.
    /// </summary>
    [DbContext(typeof(ArchiveDb))]
    [Migration("20261204040000_PostgresTriggers")]
    public partial class PostgresTriggers : Migration
    {
        /// <summary>
        /// The key of the transaction-scoped lock every change to search or counts takes first. Outbox ids come from a
        /// sequence, and without it a transaction could commit a lower id after a higher one was applied by an index, which
        /// would then never read it. Holding the lock until commit makes ids visible in order, as SQLite's single writer does.
        /// </summary>
        public const long WriteOrderLock = 7_204_113_000_001;

        private static readonly string TakeWriteOrder = $"PERFORM pg_advisory_xact_lock({WriteOrderLock});";

        // Table, event, and the documents a row's change touches (as in the SQLite SearchEngine migration).
        private static readonly (string Table, string Event, string Documents)[] OutboxChanges =
        [
            ("documents", "INSERT", "SELECT NEW.\"Id\""),
            ("documents", "UPDATE", "SELECT NEW.\"Id\""),
            ("documents", "DELETE", "SELECT OLD.\"Id\""),
            ("document_speakers", "INSERT", "SELECT NEW.\"DocumentId\""),
            ("document_speakers", "UPDATE", "SELECT OLD.\"DocumentId\" UNION SELECT NEW.\"DocumentId\""),
            ("document_speakers", "DELETE", "SELECT OLD.\"DocumentId\""),
            ("document_organs", "INSERT", "SELECT NEW.\"DocumentId\""),
            ("document_organs", "UPDATE", "SELECT OLD.\"DocumentId\" UNION SELECT NEW.\"DocumentId\""),
            ("document_organs", "DELETE", "SELECT OLD.\"DocumentId\""),
            ("document_agenda_items", "INSERT", "SELECT NEW.\"DocumentId\""),
            ("document_agenda_items", "UPDATE", "SELECT OLD.\"DocumentId\" UNION SELECT NEW.\"DocumentId\""),
            ("document_agenda_items", "DELETE", "SELECT OLD.\"DocumentId\""),
            ("cited_symbols", "INSERT", "SELECT NEW.\"DocumentId\""),
            ("cited_symbols", "UPDATE", "SELECT OLD.\"DocumentId\" UNION SELECT NEW.\"DocumentId\""),
            ("cited_symbols", "DELETE", "SELECT OLD.\"DocumentId\""),
            ("speakers", "UPDATE", "SELECT \"DocumentId\" FROM document_speakers WHERE \"SpeakerId\" IN (OLD.\"Id\", NEW.\"Id\")"),
            ("speaker_aliases", "INSERT", "SELECT \"DocumentId\" FROM document_speakers WHERE \"SpeakerId\" = NEW.\"SpeakerId\""),
            ("speaker_aliases", "UPDATE", "SELECT \"DocumentId\" FROM document_speakers WHERE \"SpeakerId\" IN (OLD.\"SpeakerId\", NEW.\"SpeakerId\")"),
            ("speaker_aliases", "DELETE", "SELECT \"DocumentId\" FROM document_speakers WHERE \"SpeakerId\" = OLD.\"SpeakerId\""),
            ("organs", "UPDATE", "SELECT \"DocumentId\" FROM document_organs WHERE \"OrganId\" IN (OLD.\"Id\", NEW.\"Id\") UNION SELECT x.\"DocumentId\" FROM document_agenda_items x JOIN agenda_items a ON a.\"Id\" = x.\"AgendaItemId\" WHERE a.\"OrganId\" IN (OLD.\"Id\", NEW.\"Id\")"),
            ("agenda_items", "UPDATE", "SELECT \"DocumentId\" FROM document_agenda_items WHERE \"AgendaItemId\" IN (OLD.\"Id\", NEW.\"Id\")"),
        ];

        private static string OutboxName((string Table, string Event, string Documents) change) =>
            $"{change.Table}_outbox_{change.Event.ToLowerInvariant()}";

        /// <summary>A trigger with its own function (PostgreSQL triggers call functions), both named <paramref name="name"/>.</summary>
        private static string Trigger(string name, string when, string condition, string body, string returns = "NULL") => $"""
            CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                {TakeWriteOrder}
                {body}
                RETURN {returns};
            END
            $body$;
            CREATE TRIGGER {name} {when} FOR EACH ROW {(condition.Length > 0 ? $"WHEN ({condition})" : "")} EXECUTE FUNCTION {name}();
            """;

        private static string IsPublic(string row) => $"({row}.\"WithdrawnAt\" IS NULL AND NOT {row}.\"IsDraft\")";

        private static string LinkIsPublic(string row) =>
            $"EXISTS (SELECT 1 FROM documents AS d WHERE d.\"Id\" = {row}.\"DocumentId\" AND d.\"WithdrawnAt\" IS NULL AND NOT d.\"IsDraft\")";

        private static string DocumentKeys(string row) => $"""
            WITH days AS (
                SELECT DISTINCT to_char(day, 'YYYY-MM-DD') AS day
                FROM unnest(ARRAY[{row}."Date", {row}."DeliveredOn", {row}."WrittenOn", {row}."DistributedOn", {row}."PublishedOn"]) AS day
                WHERE day IS NOT NULL)
            SELECT 'documents' AS facet, '' AS key
            UNION ALL SELECT 'undated', '' WHERE {row}."Date" IS NULL
            UNION ALL SELECT 'kind', {row}."Kind"
            UNION ALL SELECT 'mission', json_build_array({row}."Country", {row}."Author")::text WHERE {row}."Country" IS NOT NULL OR {row}."Author" IS NOT NULL
            UNION ALL (SELECT DISTINCT 'year', substr(day, 1, 4) FROM days)
            UNION ALL (SELECT DISTINCT 'month', substr(day, 1, 7) FROM days)
            UNION ALL SELECT 'day', day FROM days
            """;

        private static string OrganKeys(string row) => $"""
            SELECT 'organ' AS facet, {row}."OrganId"::text AS key
            UNION ALL SELECT 'session', {row}."OrganId"::text || ':' || {row}."Session"::text WHERE {row}."Session" IS NOT NULL
            """;

        private static string SpeakerKeys(string row) => $"SELECT 'speaker' AS facet, {row}.\"SpeakerId\"::text AS key";

        private static string AgendaKeys(string row) => $"SELECT 'agenda' AS facet, {row}.\"AgendaItemId\"::text AS key";

        private static string LinkKeysOf(string id) => $"""
            SELECT 'organ' AS facet, "OrganId"::text AS key FROM document_organs WHERE "DocumentId" = {id}
            UNION ALL SELECT 'session', "OrganId"::text || ':' || "Session"::text FROM document_organs WHERE "DocumentId" = {id} AND "Session" IS NOT NULL
            UNION ALL SELECT 'speaker', "SpeakerId"::text FROM document_speakers WHERE "DocumentId" = {id}
            UNION ALL SELECT 'agenda', "AgendaItemId"::text FROM document_agenda_items WHERE "DocumentId" = {id}
            """;

        /// <summary>
        /// Adds <paramref name="step"/> per occurrence of each key. Grouped first: PostgreSQL refuses an upsert that meets the
        /// same row twice in one statement. A key that reaches zero is dropped.
        /// </summary>
        private static string Change(string keys, int step) => $"""
            INSERT INTO page_counts ("Facet", "Key", "Count")
                SELECT facet, key, {step} * count(*) FROM ({keys}) AS k GROUP BY facet, key
                ON CONFLICT ("Facet", "Key") DO UPDATE SET "Count" = page_counts."Count" + excluded."Count";
            DELETE FROM page_counts WHERE "Count" <= 0;
            """;

        private static readonly (string Table, Func<string, string> Keys)[] Links =
        [
            ("document_organs", OrganKeys),
            ("document_speakers", SpeakerKeys),
            ("document_agenda_items", AgendaKeys),
        ];

        private static readonly string[] HistoryTables = ["revisions", "audit_entries"];

        private static readonly string[] CountTriggers =
            ["document_ai", "document_au_old", "document_au_new", "document_hidden", "document_shown", "document_bd"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            foreach (var change in OutboxChanges)
            {
                migrationBuilder.Sql(Trigger(OutboxName(change), $"AFTER {change.Event} ON {change.Table}", "", $"""
                    INSERT INTO search_outbox ("DocumentId", "At") SELECT document_id, now() FROM ({change.Documents}) AS touched(document_id);
                    """));
            }

            migrationBuilder.Sql("""
                CREATE TABLE page_counts (
                    "Facet" text NOT NULL,
                    "Key" text COLLATE "C" NOT NULL,
                    "Count" integer NOT NULL,
                    PRIMARY KEY ("Facet", "Key")
                );
                CREATE INDEX "IX_page_counts_zero" ON page_counts ("Count") WHERE "Count" <= 0;
                """);
            const string DocumentUpdate = """AFTER UPDATE OF "Kind", "Date", "DeliveredOn", "WrittenOn", "DistributedOn", "PublishedOn", "Country", "Author", "WithdrawnAt", "IsDraft" ON documents""";
            const string Publicity = """AFTER UPDATE OF "WithdrawnAt", "IsDraft" ON documents""";
            migrationBuilder.Sql(Trigger("page_counts_document_ai", "AFTER INSERT ON documents", IsPublic("NEW"), Change(DocumentKeys("NEW"), 1)));
            migrationBuilder.Sql(Trigger("page_counts_document_au_old", DocumentUpdate, IsPublic("OLD"), Change(DocumentKeys("OLD"), -1)));
            migrationBuilder.Sql(Trigger("page_counts_document_au_new", DocumentUpdate, IsPublic("NEW"), Change(DocumentKeys("NEW"), 1)));
            migrationBuilder.Sql(Trigger("page_counts_document_hidden", Publicity, IsPublic("OLD") + " AND NOT " + IsPublic("NEW"), Change(LinkKeysOf("OLD.\"Id\""), -1)));
            migrationBuilder.Sql(Trigger("page_counts_document_shown", Publicity, IsPublic("NEW") + " AND NOT " + IsPublic("OLD"), Change(LinkKeysOf("NEW.\"Id\""), 1)));
            // Before, while the links are still there: the cascade deletes them after the document row is gone.
            migrationBuilder.Sql(Trigger("page_counts_document_bd", "BEFORE DELETE ON documents", IsPublic("OLD"),
                Change(DocumentKeys("OLD"), -1) + "\n" + Change(LinkKeysOf("OLD.\"Id\""), -1), returns: "OLD"));
            foreach (var (table, keys) in Links)
            {
                migrationBuilder.Sql(Trigger($"page_counts_{table}_ai", $"AFTER INSERT ON {table}", "", $"IF {LinkIsPublic("NEW")} THEN {Change(keys("NEW"), 1)} END IF;"));
                migrationBuilder.Sql(Trigger($"page_counts_{table}_au", $"AFTER UPDATE ON {table}", "", $"""
                    IF {LinkIsPublic("OLD")} THEN {Change(keys("OLD"), -1)} END IF;
                    IF {LinkIsPublic("NEW")} THEN {Change(keys("NEW"), 1)} END IF;
                    """));
                migrationBuilder.Sql(Trigger($"page_counts_{table}_ad", $"AFTER DELETE ON {table}", "", $"IF {LinkIsPublic("OLD")} THEN {Change(keys("OLD"), -1)} END IF;"));
            }

            // Lists newest first and per kind read one page along an index (undated last, as DocumentOrder lists them); the
            // search filter's covering index.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_documents_search" ON documents ("Id", "Date", "Kind", "WithdrawnAt");
                CREATE INDEX "IX_documents_newest" ON documents (("Date" IS NULL), "Date" DESC, "Slug", "WithdrawnAt", "IsDraft");
                CREATE INDEX "IX_documents_kind_newest" ON documents ("Kind", ("Date" IS NULL), "Date" DESC, "Slug", "WithdrawnAt", "IsDraft");
                CREATE INDEX "IX_documents_country" ON documents ("Country", "Date");
                CREATE INDEX "IX_documents_author" ON documents ("Author", "Date");
                CREATE INDEX "IX_documents_event" ON documents ("Event", "Date");
                """);

            migrationBuilder.Sql("""
                CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $body$
                BEGIN
                    RAISE EXCEPTION '% is append-only: rows are never changed or deleted', TG_TABLE_NAME;
                END
                $body$;
                """);
            foreach (var table in HistoryTables)
            {
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
                    CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
                    CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
                    """);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in HistoryTables)
            {
                foreach (var change in new[] { "update", "delete", "truncate" })
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {table}_no_{change} ON {table};");
            }
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS refuse_history_change();");
            foreach (var index in new[] { "search", "newest", "kind_newest", "country", "author", "event" })
                migrationBuilder.Sql($"DROP INDEX IF EXISTS \"IX_documents_{index}\";");
            foreach (var name in CountTriggers)
                migrationBuilder.Sql($"DROP FUNCTION IF EXISTS page_counts_{name}() CASCADE;");
            foreach (var (table, _) in Links)
            {
                foreach (var change in new[] { "ai", "au", "ad" })
                    migrationBuilder.Sql($"DROP FUNCTION IF EXISTS page_counts_{table}_{change}() CASCADE;");
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS page_counts;");
            foreach (var change in OutboxChanges)
                migrationBuilder.Sql($"DROP FUNCTION IF EXISTS {OutboxName(change)}() CASCADE;");
        }
    }
}
