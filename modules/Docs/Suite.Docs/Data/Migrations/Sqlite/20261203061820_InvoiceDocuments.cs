using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Docs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoiceDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocsDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SourceEvent = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Snapshot = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocsFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsFiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_SourceEvent",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "SourceEvent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_OwnerId",
                table: "DocsDocuments",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocsDocuments");

            migrationBuilder.DropTable(
                name: "DocsFiles");
        }
    }
}
