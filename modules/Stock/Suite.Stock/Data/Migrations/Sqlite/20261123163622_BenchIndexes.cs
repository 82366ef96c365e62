using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BenchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_InStock",
                table: "StockBalances",
                columns: new[] { "WarehouseId", "ProductId" },
                filter: "\"OnHand\" > 0 OR \"Reserved\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_Value",
                table: "StockBalances",
                column: "Value");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockBalances_InStock",
                table: "StockBalances");

            migrationBuilder.DropIndex(
                name: "IX_StockBalances_Value",
                table: "StockBalances");
        }
    }
}
