using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DealBoard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_PipelineId",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Board",
                schema: "crm",
                table: "CrmDeals",
                columns: new[] { "PipelineId", "StageId", "CreatedAt", "Id" })
                .Annotation("Npgsql:IndexInclude", new[] { "Amount" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Board",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId",
                schema: "crm",
                table: "CrmDeals",
                column: "PipelineId");
        }
    }
}
