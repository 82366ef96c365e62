using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Docs.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InvoiceDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DocsDocuments",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SourceEvent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Snapshot = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsDocuments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocsFiles",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsFiles", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_SourceEvent",
                schema: "docs",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "SourceEvent" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                schema: "docs",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_OwnerId",
                schema: "docs",
                table: "DocsDocuments",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocsDocuments",
                schema: "docs");

            migrationBuilder.DropTable(
                name: "DocsFiles",
                schema: "docs");
        }
    }
}
