using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Timeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmTimelineItems");
        }
    }
}
