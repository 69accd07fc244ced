using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Archive.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Key = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DistributedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Event = table.Column<string>(type: "TEXT", nullable: true),
                    Author = table.Column<string>(type: "TEXT", nullable: true),
                    Country = table.Column<string>(type: "TEXT", nullable: true),
                    Addressee = table.Column<string>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", nullable: true),
                    ReferenceNumber = table.Column<string>(type: "TEXT", nullable: true),
                    Symbol = table.Column<string>(type: "TEXT", nullable: true),
                    Language = table.Column<string>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ImportedVia = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ImportWarnings = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "organs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false),
                    SessionTerm = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "speakers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speakers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cited_resolutions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Organ = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cited_resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cited_resolutions_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cited_symbols",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    Symbol = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cited_symbols", x => x.Id);
                    table.ForeignKey(
                        name: "FK_cited_symbols_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "original_files",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_original_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_original_files_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "agenda_items",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OrganId = table.Column<int>(type: "INTEGER", nullable: false),
                    Session = table.Column<int>(type: "INTEGER", nullable: true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    SubItem = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agenda_items", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agenda_items_organs_OrganId",
                        column: x => x.OrganId,
                        principalTable: "organs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_organs",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganId = table.Column<int>(type: "INTEGER", nullable: false),
                    Session = table.Column<int>(type: "INTEGER", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_organs", x => new { x.DocumentId, x.OrganId });
                    table.ForeignKey(
                        name: "FK_document_organs_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_document_organs_organs_OrganId",
                        column: x => x.OrganId,
                        principalTable: "organs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_speakers",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Role = table.Column<string>(type: "TEXT", nullable: true),
                    SpellingUsed = table.Column<string>(type: "TEXT", nullable: false),
                    Capacity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_speakers", x => new { x.DocumentId, x.SpeakerId });
                    table.ForeignKey(
                        name: "FK_document_speakers_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_document_speakers_speakers_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "speakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "speaker_aliases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SpeakerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Spelling = table.Column<string>(type: "TEXT", nullable: false),
                    MatchKey = table.Column<string>(type: "TEXT", nullable: false),
                    SurnameKey = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_speaker_aliases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_speaker_aliases_speakers_SpeakerId",
                        column: x => x.SpeakerId,
                        principalTable: "speakers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_agenda_items",
                columns: table => new
                {
                    DocumentId = table.Column<int>(type: "INTEGER", nullable: false),
                    AgendaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_agenda_items", x => new { x.DocumentId, x.AgendaItemId });
                    table.ForeignKey(
                        name: "FK_document_agenda_items_agenda_items_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "agenda_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_document_agenda_items_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agenda_items_OrganId_Session_Number_SubItem",
                table: "agenda_items",
                columns: new[] { "OrganId", "Session", "Number", "SubItem" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cited_resolutions_DocumentId",
                table: "cited_resolutions",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_cited_resolutions_Number_Year",
                table: "cited_resolutions",
                columns: new[] { "Number", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_cited_symbols_DocumentId_Symbol",
                table: "cited_symbols",
                columns: new[] { "DocumentId", "Symbol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cited_symbols_Symbol",
                table: "cited_symbols",
                column: "Symbol");

            migrationBuilder.CreateIndex(
                name: "IX_document_agenda_items_AgendaItemId",
                table: "document_agenda_items",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_document_organs_OrganId_Session",
                table: "document_organs",
                columns: new[] { "OrganId", "Session" });

            migrationBuilder.CreateIndex(
                name: "IX_document_speakers_SpeakerId",
                table: "document_speakers",
                column: "SpeakerId");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Date_Slug",
                table: "documents",
                columns: new[] { "Date", "Slug" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_Key",
                table: "documents",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_Slug",
                table: "documents",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_documents_Symbol",
                table: "documents",
                column: "Symbol");

            migrationBuilder.CreateIndex(
                name: "IX_organs_Name",
                table: "organs",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_organs_Slug",
                table: "organs",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_original_files_DocumentId",
                table: "original_files",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_original_files_Sha256",
                table: "original_files",
                column: "Sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_speaker_aliases_SpeakerId_Spelling",
                table: "speaker_aliases",
                columns: new[] { "SpeakerId", "Spelling" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_speaker_aliases_SurnameKey",
                table: "speaker_aliases",
                column: "SurnameKey");

            migrationBuilder.CreateIndex(
                name: "IX_speakers_Slug",
                table: "speakers",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cited_resolutions");

            migrationBuilder.DropTable(
                name: "cited_symbols");

            migrationBuilder.DropTable(
                name: "document_agenda_items");

            migrationBuilder.DropTable(
                name: "document_organs");

            migrationBuilder.DropTable(
                name: "document_speakers");

            migrationBuilder.DropTable(
                name: "original_files");

            migrationBuilder.DropTable(
                name: "speaker_aliases");

            migrationBuilder.DropTable(
                name: "agenda_items");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "speakers");

            migrationBuilder.DropTable(
                name: "organs");
        }
    }
}
