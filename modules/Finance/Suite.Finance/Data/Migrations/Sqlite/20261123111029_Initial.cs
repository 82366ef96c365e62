using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Finance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FinanceCustomers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TaxId = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Kpp = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceCustomers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceEntityChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceEntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceInboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    ProcessedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ParkedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceInboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FinanceOutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FinanceOutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceCustomers_Name",
                table: "FinanceCustomers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceCustomers_TaxId",
                table: "FinanceCustomers",
                column: "TaxId");

            migrationBuilder.CreateIndex(
                name: "IX_FinanceEntityChanges_EntityType_EntityId_ChangedAt",
                table: "FinanceEntityChanges",
                columns: new[] { "EntityType", "EntityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceInboxMessages_ProcessedAt_ParkedAt_Sequence",
                table: "FinanceInboxMessages",
                columns: new[] { "ProcessedAt", "ParkedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_FinanceOutboxMessages_SentAt_Sequence",
                table: "FinanceOutboxMessages",
                columns: new[] { "SentAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FinanceCustomers");

            migrationBuilder.DropTable(
                name: "FinanceEntityChanges");

            migrationBuilder.DropTable(
                name: "FinanceInboxMessages");

            migrationBuilder.DropTable(
                name: "FinanceOutboxMessages");
        }
    }
}
