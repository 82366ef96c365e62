using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DealCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateTable(
                name: "CrmDealCounters",
                schema: "crm",
                columns: table => new
                {
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReachedStageOrder = table.Column<int>(type: "integer", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealCounters", x => new { x.PipelineId, x.StageId, x.OwnerId, x.Status, x.ReachedStageOrder });
                });

            // The deals saved so far are counted once; from here on every save moves the counters.
            migrationBuilder.Sql("""
                INSERT INTO crm."CrmDealCounters" ("PipelineId", "StageId", "OwnerId", "Status", "ReachedStageOrder", "Count", "Amount")
                SELECT "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", -1), count(*), sum("Amount")
                FROM crm."CrmDeals"
                GROUP BY "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", -1)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "PipelineId", "OwnerId", "Status", "ReachedStageOrder", "Amount" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealCounters_OwnerId",
                schema: "crm",
                table: "CrmDealCounters",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmDealCounters",
                schema: "crm");

            migrationBuilder.DropIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                column: "CreatedAt");
        }
    }
}
