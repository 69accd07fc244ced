using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAndFormats : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ExtractedText",
                table: "original_files",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MediaType",
                table: "original_files",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "text/plain");

            migrationBuilder.AddColumn<bool>(
                name: "IsDraft",
                table: "documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "documents",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_DeliveredOn",
                table: "documents",
                column: "DeliveredOn");

            migrationBuilder.CreateIndex(
                name: "IX_documents_DistributedOn",
                table: "documents",
                column: "DistributedOn");

            migrationBuilder.CreateIndex(
                name: "IX_documents_PublishedOn",
                table: "documents",
                column: "PublishedOn");

            migrationBuilder.CreateIndex(
                name: "IX_documents_ReviewedAt",
                table: "documents",
                column: "ReviewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_documents_WrittenOn",
                table: "documents",
                column: "WrittenOn");

            // Search reads whether a document is public, and its typed dates for date:, from this covering index, never
            // from the row (whose body would be walked to reach the columns added here).
            migrationBuilder.Sql("DROP INDEX IX_documents_search;");
            migrationBuilder.Sql("CREATE INDEX IX_documents_search ON documents (Id, Date, Kind, WithdrawnAt, IsDraft, DeliveredOn, WrittenOn, DistributedOn, PublishedOn);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IX_documents_search;");
            migrationBuilder.Sql("CREATE INDEX IX_documents_search ON documents (Id, Date, Kind, WithdrawnAt);");
            // SQLite drops these columns in place; EF's DropColumn would rebuild the table, which the search view forbids.

            migrationBuilder.DropIndex(
                name: "IX_documents_DeliveredOn",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_DistributedOn",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_PublishedOn",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_ReviewedAt",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "IX_documents_WrittenOn",
                table: "documents");

            migrationBuilder.Sql("ALTER TABLE original_files DROP COLUMN ExtractedText;");

            migrationBuilder.Sql("ALTER TABLE original_files DROP COLUMN MediaType;");

            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN IsDraft;");

            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN ReviewedAt;");

            migrationBuilder.Sql("ALTER TABLE documents DROP COLUMN ReviewedBy;");
        }
    }
}
