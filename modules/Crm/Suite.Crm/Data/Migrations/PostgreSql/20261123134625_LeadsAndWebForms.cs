using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LeadsAndWebForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrmWebForms",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FormKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Fields = table.Column<string>(type: "text", nullable: false),
                    Assignment = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RoundRobinUserIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    RoundRobinPosition = table.Column<long>(type: "bigint", nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    SuccessMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmWebForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmWebForms_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalSchema: "crm",
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmLeads",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CompanyName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    JunkReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    WebFormId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: true),
                    DealId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConvertedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SearchText = table.Column<string>(type: "character varying(1100)", maxLength: 1100, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmLeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmLeads_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalSchema: "crm",
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmLeads_CrmWebForms_WebFormId",
                        column: x => x.WebFormId,
                        principalSchema: "crm",
                        principalTable: "CrmWebForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_CreatedAt",
                schema: "crm",
                table: "CrmLeads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_OwnerId_CreatedAt",
                schema: "crm",
                table: "CrmLeads",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_SearchText",
                schema: "crm",
                table: "CrmLeads",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_SourceId",
                schema: "crm",
                table: "CrmLeads",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_Status",
                schema: "crm",
                table: "CrmLeads",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_WebFormId",
                schema: "crm",
                table: "CrmLeads",
                column: "WebFormId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmWebForms_FormKey",
                schema: "crm",
                table: "CrmWebForms",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmWebForms_SourceId",
                schema: "crm",
                table: "CrmWebForms",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmLeads",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmWebForms",
                schema: "crm");
        }
    }
}
