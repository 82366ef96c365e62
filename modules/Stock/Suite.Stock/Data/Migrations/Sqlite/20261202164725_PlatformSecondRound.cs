using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StockBackfills",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockBackfills", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StockCompanies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCompanies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockDeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockPeople",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Position = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockPeople", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockCompanies_OwnerId_Name",
                table: "StockCompanies",
                columns: new[] { "OwnerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDeals_CompanyId",
                table: "StockDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDeals_OwnerId_Title",
                table: "StockDeals",
                columns: new[] { "OwnerId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_StockPeople_IsActive_FullName",
                table: "StockPeople",
                columns: new[] { "IsActive", "FullName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StockBackfills");

            migrationBuilder.DropTable(
                name: "StockCompanies");

            migrationBuilder.DropTable(
                name: "StockDeals");

            migrationBuilder.DropTable(
                name: "StockPeople");
        }
    }
}
