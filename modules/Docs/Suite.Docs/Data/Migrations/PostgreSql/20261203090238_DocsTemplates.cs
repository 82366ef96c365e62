using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Docs.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DocsTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.AlterColumn<string>(
                name: "SourceEvent",
                schema: "docs",
                table: "DocsDocuments",
                type: "character varying(150)",
                maxLength: 150,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "EntityTitle",
                schema: "docs",
                table: "DocsDocuments",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "GeneratedBy",
                schema: "docs",
                table: "DocsDocuments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TemplateId",
                schema: "docs",
                table: "DocsDocuments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocsAutomations",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    TemplateId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsAutomations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocsDocumentSeries",
                schema: "docs",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LastNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsDocumentSeries", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "DocsTemplates",
                schema: "docs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    NumberPrefix = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BuiltInKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    FileId = table.Column<Guid>(type: "uuid", nullable: true),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_CreatedAt",
                schema: "docs",
                table: "DocsDocuments",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId",
                schema: "docs",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_Kind_Number_Version",
                schema: "docs",
                table: "DocsDocuments",
                columns: new[] { "Kind", "Number", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsAutomations_PipelineId_StageId",
                schema: "docs",
                table: "DocsAutomations",
                columns: new[] { "PipelineId", "StageId" });

            migrationBuilder.CreateIndex(
                name: "IX_DocsTemplates_BuiltInKey",
                schema: "docs",
                table: "DocsTemplates",
                column: "BuiltInKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocsAutomations",
                schema: "docs");

            migrationBuilder.DropTable(
                name: "DocsDocumentSeries",
                schema: "docs");

            migrationBuilder.DropTable(
                name: "DocsTemplates",
                schema: "docs");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_CreatedAt",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_EntityType_EntityId",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_Kind_Number_Version",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "EntityTitle",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "GeneratedBy",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                schema: "docs",
                table: "DocsDocuments");

            migrationBuilder.AlterColumn<string>(
                name: "SourceEvent",
                schema: "docs",
                table: "DocsDocuments",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(150)",
                oldMaxLength: 150,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                schema: "docs",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "Version" },
                unique: true);
        }
    }
}
