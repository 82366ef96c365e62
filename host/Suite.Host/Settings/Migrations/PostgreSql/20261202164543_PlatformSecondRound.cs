using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Settings.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "settings");

            migrationBuilder.CreateTable(
                name: "SettingsBackfills",
                schema: "settings",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsBackfills", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SettingsCompany",
                schema: "settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TimeZone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsCompany", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsEntityChanges",
                schema: "settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Changes = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsEntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsInboxMessages",
                schema: "settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ParkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsInboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SettingsOutboxMessages",
                schema: "settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EventName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsOutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsEntityChanges_EntityType_EntityId_ChangedAt",
                schema: "settings",
                table: "SettingsEntityChanges",
                columns: new[] { "EntityType", "EntityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsInboxMessages_ProcessedAt_ParkedAt_Sequence",
                schema: "settings",
                table: "SettingsInboxMessages",
                columns: new[] { "ProcessedAt", "ParkedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsOutboxMessages_SentAt_Sequence",
                schema: "settings",
                table: "SettingsOutboxMessages",
                columns: new[] { "SentAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettingsBackfills",
                schema: "settings");

            migrationBuilder.DropTable(
                name: "SettingsCompany",
                schema: "settings");

            migrationBuilder.DropTable(
                name: "SettingsEntityChanges",
                schema: "settings");

            migrationBuilder.DropTable(
                name: "SettingsInboxMessages",
                schema: "settings");

            migrationBuilder.DropTable(
                name: "SettingsOutboxMessages",
                schema: "settings");
        }
    }
}
