using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class StockLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "StockCostLayers",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    MoveId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Part = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    RemainingQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    RemainingValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCostLayers", x => x.Id);
                    table.CheckConstraint("CK_StockCostLayers_RemainingQuantity", "\"RemainingQuantity\" >= 0");
                    table.CheckConstraint("CK_StockCostLayers_RemainingValue", "\"RemainingValue\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "StockDocumentNumbers",
                schema: "stock",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastNumber = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocumentNumbers", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "StockLowStockAlerts",
                schema: "stock",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLowStockAlerts", x => x.ProductId);
                });

            migrationBuilder.CreateTable(
                name: "StockMoves",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    QuantityAfter = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    ValueAfter = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockMoves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockProducts",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Barcode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    SalePrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Category = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    IsService = table.Column<bool>(type: "boolean", nullable: false),
                    MinQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    ValuationMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockSettings",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DefaultValuationMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReserveOnDealWon = table.Column<bool>(type: "boolean", nullable: false),
                    ReservationWarehouseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockWarehouses",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockWarehouses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockBalances",
                schema: "stock",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OnHand = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Reserved = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    LastUnitCost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    LastMoveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    LastSequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockBalances", x => new { x.ProductId, x.WarehouseId });
                    table.CheckConstraint("CK_StockBalances_OnHand", "\"OnHand\" >= 0");
                    table.CheckConstraint("CK_StockBalances_Reserved", "\"Reserved\" >= 0");
                    table.CheckConstraint("CK_StockBalances_Value", "\"Value\" >= 0");
                    table.ForeignKey(
                        name: "FK_StockBalances_StockProducts_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "stock",
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalSchema: "stock",
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockDocuments",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TargetWarehouseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    DealId = table.Column<Guid>(type: "uuid", nullable: true),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReversalOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReversedById = table.Column<Guid>(type: "uuid", nullable: true),
                    TotalCost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockDocuments_StockWarehouses_TargetWarehouseId",
                        column: x => x.TargetWarehouseId,
                        principalSchema: "stock",
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockDocuments_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalSchema: "stock",
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockReservations",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    Comment = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockReservations", x => x.Id);
                    table.CheckConstraint("CK_StockReservations_Quantity", "\"Quantity\" >= 0");
                    table.ForeignKey(
                        name: "FK_StockReservations_StockProducts_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "stock",
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockReservations_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalSchema: "stock",
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockDocumentLines",
                schema: "stock",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LineNo = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    UnitCost = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    BookQuantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocumentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockDocumentLines_StockDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalSchema: "stock",
                        principalTable: "StockDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StockDocumentLines_StockProducts_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "stock",
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_WarehouseId",
                schema: "stock",
                table: "StockBalances",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCostLayers_ProductId_WarehouseId_Sequence",
                schema: "stock",
                table: "StockCostLayers",
                columns: new[] { "ProductId", "WarehouseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDocumentLines_DocumentId_LineNo",
                schema: "stock",
                table: "StockDocumentLines",
                columns: new[] { "DocumentId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDocumentLines_ProductId",
                schema: "stock",
                table: "StockDocumentLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_CompanyId",
                schema: "stock",
                table: "StockDocuments",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_Date",
                schema: "stock",
                table: "StockDocuments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_DealId",
                schema: "stock",
                table: "StockDocuments",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_Kind_Number",
                schema: "stock",
                table: "StockDocuments",
                columns: new[] { "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_TargetWarehouseId",
                schema: "stock",
                table: "StockDocuments",
                column: "TargetWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_WarehouseId",
                schema: "stock",
                table: "StockDocuments",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_DocumentId",
                schema: "stock",
                table: "StockMoves",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_ProductId_WarehouseId_Sequence",
                schema: "stock",
                table: "StockMoves",
                columns: new[] { "ProductId", "WarehouseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_WarehouseId_PostedAt",
                schema: "stock",
                table: "StockMoves",
                columns: new[] { "WarehouseId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Barcode",
                schema: "stock",
                table: "StockProducts",
                column: "Barcode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Category",
                schema: "stock",
                table: "StockProducts",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Name",
                schema: "stock",
                table: "StockProducts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_SearchText",
                schema: "stock",
                table: "StockProducts",
                column: "SearchText")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Sku",
                schema: "stock",
                table: "StockProducts",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_DealId",
                schema: "stock",
                table: "StockReservations",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_ProductId_WarehouseId_DealId",
                schema: "stock",
                table: "StockReservations",
                columns: new[] { "ProductId", "WarehouseId", "DealId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_WarehouseId",
                schema: "stock",
                table: "StockReservations",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockWarehouses_Name",
                schema: "stock",
                table: "StockWarehouses",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StockBalances",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockCostLayers",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockDocumentLines",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockDocumentNumbers",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockLowStockAlerts",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockMoves",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockReservations",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockSettings",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockDocuments",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockProducts",
                schema: "stock");

            migrationBuilder.DropTable(
                name: "StockWarehouses",
                schema: "stock");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
