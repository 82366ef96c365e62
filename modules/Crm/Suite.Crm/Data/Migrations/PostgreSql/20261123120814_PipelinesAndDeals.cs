using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Crm.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PipelinesAndDeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CrmLossReasons",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmLossReasons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmPipelines",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsDefault = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmPipelines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmSources",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CrmStages",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Probability = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmStages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmStages_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalSchema: "crm",
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDeals",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SearchText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: false),
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ExpectedCloseDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LossReasonId = table.Column<Guid>(type: "uuid", nullable: true),
                    LossComment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StageEnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReopenStageId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDeals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmCompanies_CompanyId",
                        column: x => x.CompanyId,
                        principalSchema: "crm",
                        principalTable: "CrmCompanies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmLossReasons_LossReasonId",
                        column: x => x.LossReasonId,
                        principalSchema: "crm",
                        principalTable: "CrmLossReasons",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmPipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalSchema: "crm",
                        principalTable: "CrmPipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmSources_SourceId",
                        column: x => x.SourceId,
                        principalSchema: "crm",
                        principalTable: "CrmSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CrmDeals_CrmStages_StageId",
                        column: x => x.StageId,
                        principalSchema: "crm",
                        principalTable: "CrmStages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CrmDealLines",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Quantity = table.Column<decimal>(type: "numeric(18,3)", precision: 18, scale: 3, nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDealLines_CrmDeals_DealId",
                        column: x => x.DealId,
                        principalSchema: "crm",
                        principalTable: "CrmDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CrmDealStageHistory",
                schema: "crm",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    StageId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LeftAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CrmDealStageHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CrmDealStageHistory_CrmDeals_DealId",
                        column: x => x.DealId,
                        principalSchema: "crm",
                        principalTable: "CrmDeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealLines_DealId",
                schema: "crm",
                table: "CrmDealLines",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CompanyId",
                schema: "crm",
                table: "CrmDeals",
                column: "CompanyId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_CreatedAt",
                schema: "crm",
                table: "CrmDeals",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_LossReasonId",
                schema: "crm",
                table: "CrmDeals",
                column: "LossReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_OwnerId",
                schema: "crm",
                table: "CrmDeals",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_PipelineId",
                schema: "crm",
                table: "CrmDeals",
                column: "PipelineId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_ReopenStageId",
                schema: "crm",
                table: "CrmDeals",
                column: "ReopenStageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_SourceId",
                schema: "crm",
                table: "CrmDeals",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDeals_StageId",
                schema: "crm",
                table: "CrmDeals",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealStageHistory_DealId_EnteredAt",
                schema: "crm",
                table: "CrmDealStageHistory",
                columns: new[] { "DealId", "EnteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CrmDealStageHistory_StageId",
                schema: "crm",
                table: "CrmDealStageHistory",
                column: "StageId");

            migrationBuilder.CreateIndex(
                name: "IX_CrmLossReasons_NormalizedName",
                schema: "crm",
                table: "CrmLossReasons",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmPipelines_NormalizedName",
                schema: "crm",
                table: "CrmPipelines",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmSources_NormalizedName",
                schema: "crm",
                table: "CrmSources",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CrmStages_PipelineId",
                schema: "crm",
                table: "CrmStages",
                column: "PipelineId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CrmDealLines",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmDealStageHistory",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmDeals",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmLossReasons",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmSources",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmStages",
                schema: "crm");

            migrationBuilder.DropTable(
                name: "CrmPipelines",
                schema: "crm");
        }
    }
}
