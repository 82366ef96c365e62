using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_CrmTimelineItems_Kind_OccurredAt",
                table: "CrmTimelineItems",
                columns: new[] { "Kind", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Status_ClosedAt",
                table: "CrmDeals",
                columns: new[] { "Status", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_Status_ExpectedCloseDate",
                table: "CrmDeals",
                columns: new[] { "Status", "ExpectedCloseDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmTimelineItems_Kind_OccurredAt",
                table: "CrmTimelineItems");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Status_ClosedAt",
                table: "CrmDeals");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_Status_ExpectedCloseDate",
                table: "CrmDeals");
        }
    }
}
