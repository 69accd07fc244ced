using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <summary>
    /// The full-text index (hand-written DDL; see docs/search.md). <c>documents_fts</c> is an FTS5 table that keeps its own copy
    /// of the indexed text, filled from the view <c>documents_search</c>: title, every spelling of every linked speaker, body,
    /// organ names, event and agenda item titles, for documents not withdrawn. Letters the unicode61 tokenizer does not fold
    /// (ə, ı, ø, ł, ß…) are folded in the view as <c>TextFolding</c> does; the body keeps its letters for snippets and a
    /// folded copy goes to <c>body_folded</c> only when it differs. Triggers re-index a document (delete by rowid, insert from
    /// the view) in the same transaction as any change the view reads, so an edit or a withdrawal is searchable at once.
    /// </summary>
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE documents_fts USING fts5(
                    title, speakers, body, organs, event, agenda, body_folded,
                    tokenize = 'porter unicode61 remove_diacritics 2');
                """);

            migrationBuilder.Sql("CREATE VIRTUAL TABLE documents_fts_vocab USING fts5vocab(documents_fts, 'row');");

            // Searches read Date, Kind and WithdrawnAt of every hit; in the table they sit behind the body's overflow pages.
            migrationBuilder.Sql("CREATE INDEX IX_documents_search ON documents (Id, Date, Kind, WithdrawnAt);");

            migrationBuilder.Sql("""
                CREATE VIEW documents_search AS
                SELECT d.Id AS Id,
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(d.Title, ''), 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') AS title,
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce((SELECT group_concat(n, ' ') FROM (SELECT s.Name AS n FROM document_speakers x JOIN speakers s ON s.Id = x.SpeakerId WHERE x.DocumentId = d.Id UNION SELECT a.Spelling FROM document_speakers x JOIN speaker_aliases a ON a.SpeakerId = x.SpeakerId WHERE x.DocumentId = d.Id ORDER BY 1 LIMIT 1000000)), ''), 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') AS speakers,
                    d.Body AS body,
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce((SELECT group_concat(n, ' ') FROM (SELECT o.Name AS n FROM document_organs x JOIN organs o ON o.Id = x.OrganId WHERE x.DocumentId = d.Id ORDER BY x.Position, o.Id LIMIT 1000000)), ''), 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') AS organs,
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce(d.Event, ''), 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') AS event,
                    replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(coalesce((SELECT group_concat(n, ' ') FROM (SELECT a.Title AS n FROM document_agenda_items x JOIN agenda_items a ON a.Id = x.AgendaItemId WHERE x.DocumentId = d.Id AND a.Title IS NOT NULL ORDER BY x.Position, a.Id LIMIT 1000000)), ''), 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') AS agenda,
                    CASE WHEN replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(d.Body, 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') = d.Body THEN '' ELSE replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(d.Body, 'ə', 'a'), 'Ə', 'a'), 'ı', 'i'), 'ß', 'ss'), 'ẞ', 'ss'), 'ø', 'o'), 'Ø', 'o'), 'æ', 'ae'), 'Æ', 'ae'), 'ł', 'l'), 'Ł', 'l'), 'đ', 'd'), 'Đ', 'd'), 'þ', 'th'), 'Þ', 'th'), 'œ', 'oe'), 'Œ', 'oe') END AS body_folded
                FROM documents d
                WHERE d.WithdrawnAt IS NULL;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (NEW.Id);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (NEW.Id);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_au AFTER UPDATE OF Title, Body, Event, WithdrawnAt ON documents FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (NEW.Id);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (NEW.Id);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid = OLD.Id;
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_speakers_fts_ai AFTER INSERT ON document_speakers FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_speakers_fts_au AFTER UPDATE ON document_speakers FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId, NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId, NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_speakers_fts_ad AFTER DELETE ON document_speakers FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_organs_fts_ai AFTER INSERT ON document_organs FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_organs_fts_au AFTER UPDATE ON document_organs FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId, NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId, NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_organs_fts_ad AFTER DELETE ON document_organs FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_agenda_items_fts_ai AFTER INSERT ON document_agenda_items FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_agenda_items_fts_au AFTER UPDATE ON document_agenda_items FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId, NEW.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId, NEW.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER document_agenda_items_fts_ad AFTER DELETE ON document_agenda_items FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (OLD.DocumentId);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (OLD.DocumentId);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER speakers_fts_au AFTER UPDATE OF Name ON speakers FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId = NEW.Id);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId = NEW.Id);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER speaker_aliases_fts_ai AFTER INSERT ON speaker_aliases FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (NEW.SpeakerId));
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (NEW.SpeakerId));
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER speaker_aliases_fts_au AFTER UPDATE OF Spelling, SpeakerId ON speaker_aliases FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.SpeakerId, NEW.SpeakerId));
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.SpeakerId, NEW.SpeakerId));
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER speaker_aliases_fts_ad AFTER DELETE ON speaker_aliases FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.SpeakerId));
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_speakers WHERE SpeakerId IN (OLD.SpeakerId));
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER organs_fts_au AFTER UPDATE OF Name ON organs FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_organs WHERE OrganId = NEW.Id);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_organs WHERE OrganId = NEW.Id);
                END;
                """);

            migrationBuilder.Sql("""
                CREATE TRIGGER agenda_items_fts_au AFTER UPDATE OF Title ON agenda_items FOR EACH ROW BEGIN
                    DELETE FROM documents_fts WHERE rowid IN (SELECT DocumentId FROM document_agenda_items WHERE AgendaItemId = NEW.Id);
                    INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded) SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search WHERE Id IN (SELECT DocumentId FROM document_agenda_items WHERE AgendaItemId = NEW.Id);
                END;
                """);

            migrationBuilder.Sql("""
                INSERT INTO documents_fts(rowid, title, speakers, body, organs, event, agenda, body_folded)
                SELECT Id, title, speakers, body, organs, event, agenda, body_folded FROM documents_search;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER documents_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER documents_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER documents_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER document_speakers_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER document_speakers_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER document_speakers_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER document_organs_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER document_organs_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER document_organs_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER document_agenda_items_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER document_agenda_items_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER document_agenda_items_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER speakers_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER speaker_aliases_fts_ai;");
            migrationBuilder.Sql("DROP TRIGGER speaker_aliases_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER speaker_aliases_fts_ad;");
            migrationBuilder.Sql("DROP TRIGGER organs_fts_au;");
            migrationBuilder.Sql("DROP TRIGGER agenda_items_fts_au;");
            migrationBuilder.Sql("DROP VIEW documents_search;");
            migrationBuilder.Sql("DROP INDEX IX_documents_search;");
            migrationBuilder.Sql("DROP TABLE documents_fts_vocab;");
            migrationBuilder.Sql("DROP TABLE documents_fts;");
        }
    }
}
