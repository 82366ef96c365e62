using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Timeline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmTimelineItems",
                schema: "crm");
        }
    }
}
