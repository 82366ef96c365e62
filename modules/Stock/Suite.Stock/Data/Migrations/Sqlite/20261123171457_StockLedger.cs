using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Stock.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StockLedger : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StockCostLayers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MoveId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Part = table.Column<int>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    RemainingQuantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    RemainingValue = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockCostLayers", x => x.Id);
                    table.CheckConstraint("CK_StockCostLayers_RemainingQuantity", "\"RemainingQuantity\" >= 0");
                    table.CheckConstraint("CK_StockCostLayers_RemainingValue", "\"RemainingValue\" >= 0");
                });

            migrationBuilder.CreateTable(
                name: "StockDocumentNumbers",
                columns: table => new
                {
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastNumber = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocumentNumbers", x => x.Kind);
                });

            migrationBuilder.CreateTable(
                name: "StockLowStockAlerts",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Since = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockLowStockAlerts", x => x.ProductId);
                });

            migrationBuilder.CreateTable(
                name: "StockMoves",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentLineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    QuantityAfter = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    ValueAfter = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockMoves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockProducts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Barcode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SalePrice = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    VatRate = table.Column<long>(type: "INTEGER", precision: 5, scale: 2, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IsService = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinQuantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: true),
                    ValuationMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockProducts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefaultValuationMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReserveOnDealWon = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReservationWarehouseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockWarehouses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockWarehouses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StockBalances",
                columns: table => new
                {
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OnHand = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    Reserved = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    LastUnitCost = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: false),
                    LastMoveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastSequence = table.Column<long>(type: "INTEGER", nullable: false)
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
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockBalances_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TargetWarehouseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReversalOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    TotalCost = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockDocuments_StockWarehouses_TargetWarehouseId",
                        column: x => x.TargetWarehouseId,
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockDocuments_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockReservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WarehouseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockReservations", x => x.Id);
                    table.CheckConstraint("CK_StockReservations_Quantity", "\"Quantity\" >= 0");
                    table.ForeignKey(
                        name: "FK_StockReservations_StockProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StockReservations_StockWarehouses_WarehouseId",
                        column: x => x.WarehouseId,
                        principalTable: "StockWarehouses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StockDocumentLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LineNo = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Quantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: false),
                    UnitCost = table.Column<long>(type: "INTEGER", precision: 18, scale: 4, nullable: true),
                    BookQuantity = table.Column<long>(type: "INTEGER", precision: 18, scale: 3, nullable: true),
                    Cost = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StockDocumentLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StockDocumentLines_StockDocuments_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "StockDocuments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StockDocumentLines_StockProducts_ProductId",
                        column: x => x.ProductId,
                        principalTable: "StockProducts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_InStock",
                table: "StockBalances",
                columns: new[] { "WarehouseId", "ProductId" },
                filter: "\"OnHand\" > 0 OR \"Reserved\" > 0");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_Value",
                table: "StockBalances",
                column: "Value");

            migrationBuilder.CreateIndex(
                name: "IX_StockBalances_WarehouseId",
                table: "StockBalances",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockCostLayers_ProductId_WarehouseId_Sequence",
                table: "StockCostLayers",
                columns: new[] { "ProductId", "WarehouseId", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDocumentLines_DocumentId_LineNo",
                table: "StockDocumentLines",
                columns: new[] { "DocumentId", "LineNo" });

            migrationBuilder.CreateIndex(
                name: "IX_StockDocumentLines_ProductId",
                table: "StockDocumentLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_CompanyId",
                table: "StockDocuments",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_Date",
                table: "StockDocuments",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_DealId",
                table: "StockDocuments",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_Kind_Number",
                table: "StockDocuments",
                columns: new[] { "Kind", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_TargetWarehouseId",
                table: "StockDocuments",
                column: "TargetWarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockDocuments_WarehouseId",
                table: "StockDocuments",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_DocumentId",
                table: "StockMoves",
                column: "DocumentId");

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_ProductId_WarehouseId_Sequence",
                table: "StockMoves",
                columns: new[] { "ProductId", "WarehouseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockMoves_WarehouseId_PostedAt",
                table: "StockMoves",
                columns: new[] { "WarehouseId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Barcode",
                table: "StockProducts",
                column: "Barcode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Category",
                table: "StockProducts",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Name",
                table: "StockProducts",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_StockProducts_Sku",
                table: "StockProducts",
                column: "Sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_DealId",
                table: "StockReservations",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_ProductId_WarehouseId_DealId",
                table: "StockReservations",
                columns: new[] { "ProductId", "WarehouseId", "DealId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StockReservations_WarehouseId",
                table: "StockReservations",
                column: "WarehouseId");

            migrationBuilder.CreateIndex(
                name: "IX_StockWarehouses_Name",
                table: "StockWarehouses",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StockBalances");

            migrationBuilder.DropTable(
                name: "StockCostLayers");

            migrationBuilder.DropTable(
                name: "StockDocumentLines");

            migrationBuilder.DropTable(
                name: "StockDocumentNumbers");

            migrationBuilder.DropTable(
                name: "StockLowStockAlerts");

            migrationBuilder.DropTable(
                name: "StockMoves");

            migrationBuilder.DropTable(
                name: "StockReservations");

            migrationBuilder.DropTable(
                name: "StockSettings");

            migrationBuilder.DropTable(
                name: "StockDocuments");

            migrationBuilder.DropTable(
                name: "StockProducts");

            migrationBuilder.DropTable(
                name: "StockWarehouses");
        }
    }
}
