using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Reports : Migration
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

            migrationBuilder.AddColumn<int>(
                name: "ReachedStageOrder",
                table: "CrmDeals",
                type: "INTEGER",
                nullable: true);

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_OwnerId_Status_PipelineId_CreatedAt",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId_Status_ReachedStageOrder",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_StageId_Status_PipelineId_CreatedAt",
                table: "CrmDeals");

            migrationBuilder.DropColumn(
                name: "ReachedStageOrder",
                table: "CrmDeals");

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
