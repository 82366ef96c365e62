using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Reports : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals",
                type: "integer",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.DropColumn(
                name: "ReachedStageOrder",
                schema: "crm",
                table: "CrmDeals");

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
