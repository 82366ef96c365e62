using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StockBackfills",
                schema: "stock",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockBackfills", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "StockCompanies",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TaxId = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCompanies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockDeals",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDeals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockPeople",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Position = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Roles = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockPeople", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockCompanies_OwnerId_Name",
                schema: "stock",
                table: "StockCompanies",
                columns: new[] { "OwnerId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDeals_CompanyId",
                schema: "stock",
                table: "StockDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDeals_OwnerId_Title",
                schema: "stock",
                table: "StockDeals",
                columns: new[] { "OwnerId", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_StockPeople_IsActive_FullName",
                schema: "stock",
                table: "StockPeople",
                columns: new[] { "IsActive", "FullName" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StockBackfills",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockCompanies",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockDeals",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockPeople",
                schema: "stock");
        }
    }
}
