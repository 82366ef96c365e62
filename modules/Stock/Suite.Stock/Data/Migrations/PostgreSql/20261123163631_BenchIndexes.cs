using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BenchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_SearchText",
                schema: "stock",
                table: "StockProducts",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_InStock",
                schema: "stock",
                table: "StockBalances",
                columns: new[] { "WarehouseId", "ProductId" },
                filter: "\"OnHand\" > 0 OR \"Reserved\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_Value",
                schema: "stock",
                table: "StockBalances",
                column: "Value");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StockProducts_SearchText",
                schema: "stock",
                table: "StockProducts");

            migrationBuilder.DropIndex(
                name: "IX_StockBalances_InStock",
                schema: "stock",
                table: "StockBalances");

            migrationBuilder.DropIndex(
                name: "IX_StockBalances_Value",
                schema: "stock",
                table: "StockBalances");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
