using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Identity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FullName",
                table: "IdentityUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                table: "IdentityUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "IdentityUsers",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "IdentityUsers",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SupervisorId",
                table: "IdentityUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdentityBackfills",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityBackfills", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "IdentityEntityChanges",
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
                    table.PrimaryKey("PK_IdentityEntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityInboxMessages",
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
                    table.PrimaryKey("PK_IdentityInboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityOutboxMessages",
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
                    table.PrimaryKey("PK_IdentityOutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityEntityChanges_EntityType_EntityId_ChangedAt",
                table: "IdentityEntityChanges",
                columns: new[] { "EntityType", "EntityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityInboxMessages_ProcessedAt_ParkedAt_Sequence",
                table: "IdentityInboxMessages",
                columns: new[] { "ProcessedAt", "ParkedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityOutboxMessages_SentAt_Sequence",
                table: "IdentityOutboxMessages",
                columns: new[] { "SentAt", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IdentityBackfills");

            migrationBuilder.DropTable(
                name: "IdentityEntityChanges");

            migrationBuilder.DropTable(
                name: "IdentityInboxMessages");

            migrationBuilder.DropTable(
                name: "IdentityOutboxMessages");

            migrationBuilder.DropColumn(
                name: "FullName",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "IsActive",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "SupervisorId",
                table: "IdentityUsers");
        }
    }
}
