using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SalesWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_StageId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.AddColumn<Guid>(
                name: "ContactId",
                schema: "crm",
                table: "CrmDeals",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                schema: "crm",
                table: "CrmCompanies",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedPhone",
                schema: "crm",
                table: "CrmCompanies",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CrmContacts",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Phones = table.Column<List<string>>(type: "text[]", nullable: false),
                    Emails = table.Column<List<string>>(type: "text[]", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    CustomFields = table.Column<string>(type: "text", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(700)", maxLength: 700, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmContacts_CrmCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "crm",
                        principalTable: "CrmCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmCustomFields",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Options = table.Column<List<string>>(type: "text[]", nullable: false),
                    Required = table.Column<bool>(type: "boolean", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmCustomFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmImportJobs",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Target = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Duplicates = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Mapping = table.Column<string>(type: "text", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Permissions = table.Column<List<string>>(type: "text[]", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Processed = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    Errors = table.Column<string>(type: "text", nullable: false),
                    Failure = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmImportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmProducts",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SalePrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    IsService = table.Column<bool>(type: "boolean", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmTimelineItems",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Details = table.Column<string>(type: "text", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmTimelineItems", x => x.Id);
                });

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
                name: "CrmContactPoints",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Value = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmContactPoints_CrmContacts_ContactId",
                        column: x => x.ContactId,
                        principalSchema: "crm",
                        principalTable: "CrmContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_CrmDeals_Board",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "StageId", "CreatedAt", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ContactId",
                schema: "crm",
                table: "CrmDeals",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "OwnerId", "Status", "PipelineId", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId_Status_ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "Status", "ReachedStageOrder" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "StageId", "Status", "PipelineId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmCompanies_NormalizedEmail",
                schema: "crm",
                table: "CrmCompanies",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_CrmCompanies_NormalizedPhone",
                schema: "crm",
                table: "CrmCompanies",
                column: "NormalizedPhone");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_ContactId",
                schema: "crm",
                table: "CrmContactPoints",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_Kind_Value",
                schema: "crm",
                table: "CrmContactPoints",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_CompanyId",
                schema: "crm",
                table: "CrmContacts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_LastName_FirstName",
                schema: "crm",
                table: "CrmContacts",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_OwnerId",
                schema: "crm",
                table: "CrmContacts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_SearchText",
                schema: "crm",
                table: "CrmContacts",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmCustomFields_EntityType_Key",
                schema: "crm",
                table: "CrmCustomFields",
                columns: new[] { "EntityType", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmImportJobs_UserId",
                schema: "crm",
                table: "CrmImportJobs",
                column: "UserId");

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
                name: "IX_CrmProducts_Name",
                schema: "crm",
                table: "CrmProducts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CrmProducts_SearchText",
                schema: "crm",
                table: "CrmProducts",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_CompanyId_OccurredAt",
                schema: "crm",
                table: "CrmTimelineItems",
                columns: new[] { "CompanyId", "OccurredAt" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_EntityType_EntityId_OccurredAt",
                schema: "crm",
                table: "CrmTimelineItems",
                columns: new[] { "EntityType", "EntityId", "OccurredAt" },
                descending: new[] { false, false, true });

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

            migrationBuilder.AddForeignKey(
                name: "FK_CrmDeals_CrmContacts_ContactId",
                schema: "crm",
                table: "CrmDeals",
                column: "ContactId",
                principalSchema: "crm",
                principalTable: "CrmContacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CrmDeals_CrmContacts_ContactId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropTable(
                name: "CrmContactPoints",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmCustomFields",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmImportJobs",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmLeads",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmProducts",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmTimelineItems",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmContacts",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmWebForms",
                schema: "crm");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Board",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_ContactId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId_Status_ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_StageId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmCompanies_NormalizedEmail",
                schema: "crm",
                table: "CrmCompanies");

            migrationBuilder.DropIndex(
                name: "IX_CrmCompanies_NormalizedPhone",
                schema: "crm",
                table: "CrmCompanies");

            migrationBuilder.DropColumn(
                name: "ContactId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropColumn(
                name: "ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                schema: "crm",
                table: "CrmCompanies");

            migrationBuilder.DropColumn(
                name: "NormalizedPhone",
                schema: "crm",
                table: "CrmCompanies");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId",
                schema: "crm",
                table: "CrmDeals",
                column: "PipelineId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId",
                schema: "crm",
                table: "CrmDeals",
                column: "StageId");
        }
    }
}
