using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Identity.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlatformSecondRound : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FullName",
                schema: "identity",
                table: "IdentityUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsActive",
                schema: "identity",
                table: "IdentityUsers",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                schema: "identity",
                table: "IdentityUsers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "identity",
                table: "IdentityUsers",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "SupervisorId",
                schema: "identity",
                table: "IdentityUsers",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IdentityBackfills",
                schema: "identity",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdentityBackfills", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "IdentityEntityChanges",
                schema: "identity",
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
                    table.PrimaryKey("PK_IdentityEntityChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityInboxMessages",
                schema: "identity",
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
                    table.PrimaryKey("PK_IdentityInboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "IdentityOutboxMessages",
                schema: "identity",
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
                    table.PrimaryKey("PK_IdentityOutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityUsers_SupervisorId",
                schema: "identity",
                table: "IdentityUsers",
                column: "SupervisorId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_IdentityUsers_NotOwnSupervisor",
                schema: "identity",
                table: "IdentityUsers",
                sql: "\"SupervisorId\" IS NULL OR \"SupervisorId\" <> \"Id\"");

            migrationBuilder.CreateIndex(
                name: "IX_IdentityEntityChanges_EntityType_EntityId_ChangedAt",
                schema: "identity",
                table: "IdentityEntityChanges",
                columns: new[] { "EntityType", "EntityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityInboxMessages_ProcessedAt_ParkedAt_Sequence",
                schema: "identity",
                table: "IdentityInboxMessages",
                columns: new[] { "ProcessedAt", "ParkedAt", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_IdentityOutboxMessages_SentAt_Sequence",
                schema: "identity",
                table: "IdentityOutboxMessages",
                columns: new[] { "SentAt", "Sequence" });

            migrationBuilder.AddForeignKey(
                name: "FK_IdentityUsers_IdentityUsers_SupervisorId",
                schema: "identity",
                table: "IdentityUsers",
                column: "SupervisorId",
                principalSchema: "identity",
                principalTable: "IdentityUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_IdentityUsers_IdentityUsers_SupervisorId",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropTable(
                name: "IdentityBackfills",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "IdentityEntityChanges",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "IdentityInboxMessages",
                schema: "identity");

            migrationBuilder.DropTable(
                name: "IdentityOutboxMessages",
                schema: "identity");

            migrationBuilder.DropIndex(
                name: "IX_IdentityUsers_SupervisorId",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_IdentityUsers_NotOwnSupervisor",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "FullName",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "IsActive",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "Position",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "identity",
                table: "IdentityUsers");

            migrationBuilder.DropColumn(
                name: "SupervisorId",
                schema: "identity",
                table: "IdentityUsers");
        }
    }
}
