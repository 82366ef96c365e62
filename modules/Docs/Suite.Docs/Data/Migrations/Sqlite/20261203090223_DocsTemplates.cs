using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Docs.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocsTemplates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                table: "DocsDocuments");

            migrationBuilder.AlterColumn<string>(
                name: "SourceEvent",
                table: "DocsDocuments",
                type: "TEXT",
                maxLength: 150,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<string>(
                name: "EntityTitle",
                table: "DocsDocuments",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "GeneratedBy",
                table: "DocsDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TemplateId",
                table: "DocsDocuments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DocsAutomations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsAutomations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DocsDocumentSeries",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    LastNumber = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsDocumentSeries", x => new { x.Prefix, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "DocsTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    NumberPrefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BuiltInKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DocsTemplates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_CreatedAt",
                table: "DocsDocuments",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_Kind_Number_Version",
                table: "DocsDocuments",
                columns: new[] { "Kind", "Number", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsAutomations_PipelineId_StageId",
                table: "DocsAutomations",
                columns: new[] { "PipelineId", "StageId" });

            migrationBuilder.CreateIndex(
                name: "IX_DocsTemplates_BuiltInKey",
                table: "DocsTemplates",
                column: "BuiltInKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DocsAutomations");

            migrationBuilder.DropTable(
                name: "DocsDocumentSeries");

            migrationBuilder.DropTable(
                name: "DocsTemplates");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_CreatedAt",
                table: "DocsDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_EntityType_EntityId",
                table: "DocsDocuments");

            migrationBuilder.DropIndex(
                name: "IX_DocsDocuments_Kind_Number_Version",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "EntityTitle",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "GeneratedBy",
                table: "DocsDocuments");

            migrationBuilder.DropColumn(
                name: "TemplateId",
                table: "DocsDocuments");

            migrationBuilder.AlterColumn<string>(
                name: "SourceEvent",
                table: "DocsDocuments",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 150,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DocsDocuments_EntityType_EntityId_Kind_Version",
                table: "DocsDocuments",
                columns: new[] { "EntityType", "EntityId", "Kind", "Version" },
                unique: true);
        }
    }
}
