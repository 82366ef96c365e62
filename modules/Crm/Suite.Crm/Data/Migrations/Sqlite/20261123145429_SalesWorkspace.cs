using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SalesWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_StageId",
                table: "CrmDeals");

            migrationBuilder.AddColumn<Guid>(
                name: "ContactId",
                table: "CrmDeals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReachedStageOrder",
                table: "CrmDeals",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedEmail",
                table: "CrmCompanies",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NormalizedPhone",
                table: "CrmCompanies",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CrmContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phones = table.Column<string>(type: "TEXT", nullable: false),
                    Emails = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    CustomFields = table.Column<string>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 700, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmContacts_CrmCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "CrmCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmCustomFields",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Options = table.Column<string>(type: "TEXT", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmCustomFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmImportJobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Duplicates = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Mapping = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Permissions = table.Column<string>(type: "TEXT", nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    Created = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<string>(type: "TEXT", nullable: false),
                    Failure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmImportJobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SalePrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    IsService = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmTimelineItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Details = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmTimelineItems", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmWebForms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FormKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Fields = table.Column<string>(type: "TEXT", nullable: false),
                    Assignment = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RoundRobinUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    RoundRobinPosition = table.Column<long>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuccessMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmWebForms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmWebForms_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmContactPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmContactPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmContactPoints_CrmContacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "CrmContacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmLeads",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JunkReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WebFormId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConvertedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 1100, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmLeads", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmLeads_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmLeads_CrmWebForms_WebFormId",
                        column: x => x.WebFormId,
                        principalTable: "CrmWebForms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Board",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "StageId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ContactId",
                table: "CrmDeals",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                table: "CrmDeals",
                columns: new[] { "OwnerId", "Status", "PipelineId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId_Status_ReachedStageOrder",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "Status", "ReachedStageOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId_Status_PipelineId_CreatedAt",
                table: "CrmDeals",
                columns: new[] { "StageId", "Status", "PipelineId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmCompanies_NormalizedEmail",
                table: "CrmCompanies",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_CrmCompanies_NormalizedPhone",
                table: "CrmCompanies",
                column: "NormalizedPhone");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_ContactId",
                table: "CrmContactPoints",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContactPoints_Kind_Value",
                table: "CrmContactPoints",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_CompanyId",
                table: "CrmContacts",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_LastName_FirstName",
                table: "CrmContacts",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmContacts_OwnerId",
                table: "CrmContacts",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmCustomFields_EntityType_Key",
                table: "CrmCustomFields",
                columns: new[] { "EntityType", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmImportJobs_UserId",
                table: "CrmImportJobs",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_CreatedAt",
                table: "CrmLeads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_OwnerId_CreatedAt",
                table: "CrmLeads",
                columns: new[] { "OwnerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_SourceId",
                table: "CrmLeads",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_Status",
                table: "CrmLeads",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_WebFormId",
                table: "CrmLeads",
                column: "WebFormId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmProducts_Name",
                table: "CrmProducts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_CompanyId_OccurredAt",
                table: "CrmTimelineItems",
                columns: new[] { "CompanyId", "OccurredAt" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_EntityType_EntityId_OccurredAt",
                table: "CrmTimelineItems",
                columns: new[] { "EntityType", "EntityId", "OccurredAt" },
                descending: new[] { false, false, true });

            migrationBuilder.CreateIndex(
                name: "IX_CrmWebForms_FormKey",
                table: "CrmWebForms",
                column: "FormKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmWebForms_SourceId",
                table: "CrmWebForms",
                column: "SourceId");

            migrationBuilder.AddForeignKey(
                name: "FK_CrmDeals_CrmContacts_ContactId",
                table: "CrmDeals",
                column: "ContactId",
                principalTable: "CrmContacts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CrmDeals_CrmContacts_ContactId",
                table: "CrmDeals");

            migrationBuilder.DropTable(
                name: "CrmContactPoints");

            migrationBuilder.DropTable(
                name: "CrmCustomFields");

            migrationBuilder.DropTable(
                name: "CrmImportJobs");

            migrationBuilder.DropTable(
                name: "CrmLeads");

            migrationBuilder.DropTable(
                name: "CrmProducts");

            migrationBuilder.DropTable(
                name: "CrmTimelineItems");

            migrationBuilder.DropTable(
                name: "CrmContacts");

            migrationBuilder.DropTable(
                name: "CrmWebForms");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Board",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_ContactId",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId_Status_ReachedStageOrder",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_StageId_Status_PipelineId_CreatedAt",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmCompanies_NormalizedEmail",
                table: "CrmCompanies");

            migrationBuilder.DropIndex(
                name: "IX_CrmCompanies_NormalizedPhone",
                table: "CrmCompanies");

            migrationBuilder.DropColumn(
                name: "ContactId",
                table: "CrmDeals");

            migrationBuilder.DropColumn(
                name: "ReachedStageOrder",
                table: "CrmDeals");

            migrationBuilder.DropColumn(
                name: "NormalizedEmail",
                table: "CrmCompanies");

            migrationBuilder.DropColumn(
                name: "NormalizedPhone",
                table: "CrmCompanies");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId",
                table: "CrmDeals",
                column: "PipelineId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId",
                table: "CrmDeals",
                column: "StageId");
        }
    }
}
