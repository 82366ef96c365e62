using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Tasks.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TasksBackfills",
                schema: "tasks",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksBackfills", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TasksBackfills",
                schema: "tasks");
        }
    }
}
