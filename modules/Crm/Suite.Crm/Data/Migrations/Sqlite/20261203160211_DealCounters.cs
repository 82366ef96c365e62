using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DealCounters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrmDealCounters",
                columns: table => new
                {
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReachedStageOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealCounters", x => new { x.PipelineId, x.StageId, x.OwnerId, x.Status, x.ReachedStageOrder });
                });

            // The deals saved so far are counted once; from here on every save moves the counters.
            migrationBuilder.Sql("""
                INSERT INTO "CrmDealCounters" ("PipelineId", "StageId", "OwnerId", "Status", "ReachedStageOrder", "Count", "Amount")
                SELECT "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", -1), count(*), sum("Amount")
                FROM "CrmDeals"
                GROUP BY "PipelineId", "StageId", "OwnerId", "Status", COALESCE("ReachedStageOrder", -1)
                """);

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealCounters_OwnerId",
                table: "CrmDealCounters",
                column: "OwnerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmDealCounters");
        }
    }
}
