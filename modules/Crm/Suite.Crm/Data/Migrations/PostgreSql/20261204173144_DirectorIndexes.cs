using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DirectorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmLeads_CreatedAt",
                schema: "crm",
                table: "CrmLeads");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_Kind_OccurredAt",
                schema: "crm",
                table: "CrmTimelineItems",
                columns: new[] { "Kind", "OccurredAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_CreatedAt",
                schema: "crm",
                table: "CrmLeads",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "OwnerId", "SourceId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "PipelineId", "OwnerId", "Status", "ReachedStageOrder", "Amount", "StageId", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "OwnerId", "Status", "PipelineId", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_SearchText",
                schema: "crm",
                table: "CrmDeals",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Status_ClosedAt",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "Status", "ClosedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "OwnerId", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Status_ExpectedCloseDate",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "Status", "ExpectedCloseDate" })
                .Annotation("Npgsql:IndexInclude", new[] { "StageId", "OwnerId", "PipelineId", "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmTimelineItems_Kind_OccurredAt",
                schema: "crm",
                table: "CrmTimelineItems");

            migrationBuilder.DropIndex(
                name: "IX_CrmLeads_CreatedAt",
                schema: "crm",
                table: "CrmLeads");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_SearchText",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Status_ClosedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Status_ExpectedCloseDate",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLeads_CreatedAt",
                schema: "crm",
                table: "CrmLeads",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "PipelineId", "OwnerId", "Status", "ReachedStageOrder", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "OwnerId", "Status", "PipelineId", "CreatedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount" });
        }
    }
}
