using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Finance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DailyTurnovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FinanceDailyTurnovers",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Account = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Debit = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Credit = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceDailyTurnovers", x => new { x.Date, x.Account, x.ArticleId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinanceDailyTurnovers");
        }
    }
}
