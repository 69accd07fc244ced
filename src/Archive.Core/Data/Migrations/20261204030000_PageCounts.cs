using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <summary>
    /// Counts the public pages show (documents in all, undated, per kind, mission, year, month and day, per organ, session,
    /// speaker and agenda item), kept in <c>page_counts</c> by triggers in the same transaction as every change to a
    /// document or its links, so no page counts the archive on a request. Public is PublicDocuments' definition: not
    /// withdrawn and not a draft. A document is counted once in each distinct year, month and day among its five dates,
    /// as the calendar queries count it. Covering indexes let the lists read one page of rows. SQL only: the EF model and
    /// its snapshot are unchanged. A later migration that rebuilds <c>documents</c> or a link table (an EF table rebuild in
    /// SQLite) drops these triggers with the old table and must create them again; PageCountsTests would show it.
    /// </summary>
    [DbContext(typeof(ArchiveDb))]
    [Migration("20261204030000_PageCounts")]
    public partial class PageCounts : Migration
    {
        /// <summary>A document row (NEW or OLD) is public.</summary>
        private static string IsPublic(string row) => $"({row}.WithdrawnAt IS NULL AND {row}.IsDraft = 0)";

        /// <summary>The document a link row (NEW or OLD) belongs to is public.</summary>
        private static string LinkIsPublic(string row) =>
            $"EXISTS (SELECT 1 FROM documents AS d WHERE d.Id = {row}.DocumentId AND d.WithdrawnAt IS NULL AND d.IsDraft = 0)";

        /// <summary>The distinct dates of a document row.</summary>
        private static string Days(string row) => $"""
            SELECT Day FROM (SELECT {row}.Date AS Day UNION SELECT {row}.DeliveredOn UNION SELECT {row}.WrittenOn
                UNION SELECT {row}.DistributedOn UNION SELECT {row}.PublishedOn) WHERE Day IS NOT NULL
            """;

        /// <summary>What one document counts for by itself, one row per (Facet, Key), each at most once.</summary>
        private static string DocumentKeys(string row) => $"""
            SELECT 'documents' AS Facet, '' AS Key
            UNION ALL SELECT 'undated', '' WHERE {row}.Date IS NULL
            UNION ALL SELECT 'kind', {row}.Kind
            UNION ALL SELECT 'mission', json_array({row}.Country, {row}.Author) WHERE {row}.Country IS NOT NULL OR {row}.Author IS NOT NULL
            UNION ALL SELECT DISTINCT 'year', substr(Day, 1, 4) FROM ({Days(row)})
            UNION ALL SELECT DISTINCT 'month', substr(Day, 1, 7) FROM ({Days(row)})
            UNION ALL SELECT 'day', Day FROM ({Days(row)})
            """;

        private static string OrganKeys(string row) => $"""
            SELECT 'organ' AS Facet, CAST({row}.OrganId AS TEXT) AS Key
            UNION ALL SELECT 'session', {row}.OrganId || ':' || {row}.Session WHERE {row}.Session IS NOT NULL
            """;

        private static string SpeakerKeys(string row) => $"SELECT 'speaker' AS Facet, CAST({row}.SpeakerId AS TEXT) AS Key";

        private static string AgendaKeys(string row) => $"SELECT 'agenda' AS Facet, CAST({row}.AgendaItemId AS TEXT) AS Key";

        /// <summary>What the links of one document count for.</summary>
        private static string LinkKeysOf(string id) => $"""
            SELECT 'organ' AS Facet, CAST(OrganId AS TEXT) AS Key FROM document_organs WHERE DocumentId = {id}
            UNION ALL SELECT 'session', OrganId || ':' || Session FROM document_organs WHERE DocumentId = {id} AND Session IS NOT NULL
            UNION ALL SELECT 'speaker', CAST(SpeakerId AS TEXT) FROM document_speakers WHERE DocumentId = {id}
            UNION ALL SELECT 'agenda', CAST(AgendaItemId AS TEXT) FROM document_agenda_items WHERE DocumentId = {id}
            """;

        /// <summary>
        /// Adds <paramref name="step"/> to each key, one primary-key upsert per key; a key that reaches zero is dropped
        /// through the partial index of zero counts (never more than a few rows), so the day keys are exactly the days with
        /// documents.
        /// </summary>
        private static string Change(string keys, int step) => $"""
            INSERT INTO page_counts (Facet, Key, Count) SELECT Facet, Key, {step} FROM ({keys}) WHERE true
                ON CONFLICT (Facet, Key) DO UPDATE SET Count = Count + excluded.Count;
            DELETE FROM page_counts WHERE Count <= 0;
            """;

        private static string Add(string keys) => Change(keys, 1);

        private static string Subtract(string keys) => Change(keys, -1);

        private static string Trigger(string name, string when, string condition, params string[] body) => $"""
            CREATE TRIGGER page_counts_{name} {when} FOR EACH ROW WHEN {condition} BEGIN
                {string.Join("\n", body)}
            END;
            """;

        private static readonly (string Table, Func<string, string> Keys)[] Links =
        [
            ("document_organs", OrganKeys),
            ("document_speakers", SpeakerKeys),
            ("document_agenda_items", AgendaKeys),
        ];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE page_counts (
                    Facet TEXT NOT NULL,
                    Key TEXT NOT NULL,
                    Count INTEGER NOT NULL,
                    PRIMARY KEY (Facet, Key)
                ) WITHOUT ROWID;
                CREATE INDEX IX_page_counts_zero ON page_counts (Count) WHERE Count <= 0;
                """);

            const string DocumentUpdate = "AFTER UPDATE OF Kind, Date, DeliveredOn, WrittenOn, DistributedOn, PublishedOn, Country, Author, WithdrawnAt, IsDraft ON documents";
            const string Publicity = "AFTER UPDATE OF WithdrawnAt, IsDraft ON documents";
            migrationBuilder.Sql(Trigger("document_ai", "AFTER INSERT ON documents", IsPublic("NEW"), Add(DocumentKeys("NEW"))));
            migrationBuilder.Sql(Trigger("document_au_old", DocumentUpdate, IsPublic("OLD"), Subtract(DocumentKeys("OLD"))));
            migrationBuilder.Sql(Trigger("document_au_new", DocumentUpdate, IsPublic("NEW"), Add(DocumentKeys("NEW"))));
            // A withdrawal, reinstatement or publication moves the document's links out of the counts or into them.
            migrationBuilder.Sql(Trigger("document_hidden", Publicity, IsPublic("OLD") + " AND NOT " + IsPublic("NEW"), Subtract(LinkKeysOf("OLD.Id"))));
            migrationBuilder.Sql(Trigger("document_shown", Publicity, IsPublic("NEW") + " AND NOT " + IsPublic("OLD"), Add(LinkKeysOf("NEW.Id"))));
            // Before, while the links are still there: a cascade deletes them after the document row is gone, when their
            // own triggers no longer find it public.
            migrationBuilder.Sql(Trigger("document_bd", "BEFORE DELETE ON documents", IsPublic("OLD"), Subtract(DocumentKeys("OLD")), Subtract(LinkKeysOf("OLD.Id"))));
            foreach (var (table, keys) in Links)
            {
                migrationBuilder.Sql(Trigger(table + "_ai", $"AFTER INSERT ON {table}", LinkIsPublic("NEW"), Add(keys("NEW"))));
                migrationBuilder.Sql(Trigger(table + "_au_old", $"AFTER UPDATE ON {table}", LinkIsPublic("OLD"), Subtract(keys("OLD"))));
                migrationBuilder.Sql(Trigger(table + "_au_new", $"AFTER UPDATE ON {table}", LinkIsPublic("NEW"), Add(keys("NEW"))));
                migrationBuilder.Sql(Trigger(table + "_ad", $"AFTER DELETE ON {table}", LinkIsPublic("OLD"), Subtract(keys("OLD"))));
            }

            // The counts of an archive that already holds documents.
            migrationBuilder.Sql("""
                INSERT INTO page_counts (Facet, Key, Count)
                WITH public AS (SELECT * FROM documents WHERE WithdrawnAt IS NULL AND IsDraft = 0),
                days AS (
                    SELECT Id, Date AS Day FROM public WHERE Date IS NOT NULL
                    UNION SELECT Id, DeliveredOn FROM public WHERE DeliveredOn IS NOT NULL
                    UNION SELECT Id, WrittenOn FROM public WHERE WrittenOn IS NOT NULL
                    UNION SELECT Id, DistributedOn FROM public WHERE DistributedOn IS NOT NULL
                    UNION SELECT Id, PublishedOn FROM public WHERE PublishedOn IS NOT NULL)
                SELECT 'documents', '', count(*) FROM public
                UNION ALL SELECT 'undated', '', count(*) FROM public WHERE Date IS NULL
                UNION ALL SELECT 'kind', Kind, count(*) FROM public GROUP BY Kind
                UNION ALL SELECT 'mission', json_array(Country, Author), count(*) FROM public
                    WHERE Country IS NOT NULL OR Author IS NOT NULL GROUP BY Country, Author
                UNION ALL SELECT 'year', substr(Day, 1, 4), count(DISTINCT Id) FROM days GROUP BY substr(Day, 1, 4)
                UNION ALL SELECT 'month', substr(Day, 1, 7), count(DISTINCT Id) FROM days GROUP BY substr(Day, 1, 7)
                UNION ALL SELECT 'day', Day, count(*) FROM days GROUP BY Day
                UNION ALL SELECT 'organ', CAST(l.OrganId AS TEXT), count(*) FROM document_organs AS l JOIN public AS d ON d.Id = l.DocumentId
                    GROUP BY l.OrganId
                UNION ALL SELECT 'session', l.OrganId || ':' || l.Session, count(*) FROM document_organs AS l JOIN public AS d ON d.Id = l.DocumentId
                    WHERE l.Session IS NOT NULL GROUP BY l.OrganId, l.Session
                UNION ALL SELECT 'speaker', CAST(l.SpeakerId AS TEXT), count(*) FROM document_speakers AS l JOIN public AS d ON d.Id = l.DocumentId
                    GROUP BY l.SpeakerId
                UNION ALL SELECT 'agenda', CAST(l.AgendaItemId AS TEXT), count(*) FROM document_agenda_items AS l JOIN public AS d ON d.Id = l.DocumentId
                    GROUP BY l.AgendaItemId;
                DELETE FROM page_counts WHERE Count <= 0;
                """);

            // Lists newest first (home, kinds, organs) and per kind read one page along an index, the public condition
            // included so that skipped rows never touch the table.
            migrationBuilder.Sql("CREATE INDEX IX_documents_newest ON documents (Date DESC, Slug, WithdrawnAt, IsDraft);");
            migrationBuilder.Sql("CREATE INDEX IX_documents_kind_newest ON documents (Kind, Date DESC, Slug, WithdrawnAt, IsDraft);");
            // A mission's page finds its documents by State or author; the document page its event's other talks.
            migrationBuilder.Sql("CREATE INDEX IX_documents_country ON documents (Country, Date);");
            migrationBuilder.Sql("CREATE INDEX IX_documents_author ON documents (Author, Date);");
            migrationBuilder.Sql("CREATE INDEX IX_documents_event ON documents (Event, Date);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var index in new[] { "newest", "kind_newest", "country", "author", "event" })
                migrationBuilder.Sql($"DROP INDEX IF EXISTS IX_documents_{index};");
            foreach (var trigger in new[] { "document_ai", "document_au_old", "document_au_new", "document_hidden", "document_shown", "document_bd" })
                migrationBuilder.Sql($"DROP TRIGGER IF EXISTS page_counts_{trigger};");
            foreach (var (table, _) in Links)
            {
                foreach (var change in new[] { "ai", "au_old", "au_new", "ad" })
                    migrationBuilder.Sql($"DROP TRIGGER IF EXISTS page_counts_{table}_{change};");
            }
            migrationBuilder.Sql("DROP TABLE IF EXISTS page_counts;");
        }
    }
}
