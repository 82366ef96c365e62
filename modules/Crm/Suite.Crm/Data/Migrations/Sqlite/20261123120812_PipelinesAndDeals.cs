using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PipelinesAndDeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrmLossReasons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmLossReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmPipelines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmPipelines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmStages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Probability = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmStages_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDeals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ExpectedCloseDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LossReasonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LossComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StageEnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReopenStageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalTable: "CrmCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmLossReasons_LossReasonId",
                        column: x => x.LossReasonId,
                        principalTable: "CrmLossReasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmStages_StageId",
                        column: x => x.StageId,
                        principalTable: "CrmStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmDealLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDealLines_CrmDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "CrmDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDealStageHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LeftAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealStageHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDealStageHistory_CrmDeals_DealId",
                        column: x => x.DealId,
                        principalTable: "CrmDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealLines_DealId",
                table: "CrmDealLines",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CompanyId",
                table: "CrmDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                table: "CrmDeals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_LossReasonId",
                table: "CrmDeals",
                column: "LossReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId",
                table: "CrmDeals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId",
                table: "CrmDeals",
                column: "PipelineId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ReopenStageId",
                table: "CrmDeals",
                column: "ReopenStageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_SourceId",
                table: "CrmDeals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId",
                table: "CrmDeals",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealStageHistory_DealId_EnteredAt",
                table: "CrmDealStageHistory",
                columns: new[] { "DealId", "EnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealStageHistory_StageId",
                table: "CrmDealStageHistory",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLossReasons_NormalizedName",
                table: "CrmLossReasons",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmPipelines_NormalizedName",
                table: "CrmPipelines",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmSources_NormalizedName",
                table: "CrmSources",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmStages_PipelineId",
                table: "CrmStages",
                column: "PipelineId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmDealLines");

            migrationBuilder.DropTable(
                name: "CrmDealStageHistory");

            migrationBuilder.DropTable(
                name: "CrmDeals");

            migrationBuilder.DropTable(
                name: "CrmLossReasons");

            migrationBuilder.DropTable(
                name: "CrmSources");

            migrationBuilder.DropTable(
                name: "CrmStages");

            migrationBuilder.DropTable(
                name: "CrmPipelines");
        }
    }
}
