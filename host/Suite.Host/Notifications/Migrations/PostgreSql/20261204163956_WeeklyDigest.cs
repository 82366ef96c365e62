using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Notifications.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class WeeklyDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NotificationsDigestDispatches",
                schema: "notifications",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    WeekFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationsDigestDispatches", x => new { x.UserId, x.WeekFrom });
                });

            migrationBuilder.CreateTable(
                name: "NotificationsDigestSubscriptions",
                schema: "notifications",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Weekly = table.Column<bool>(type: "boolean", nullable: false),
                    LastSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationsDigestSubscriptions", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationsDigestSubscriptions_Weekly",
                schema: "notifications",
                table: "NotificationsDigestSubscriptions",
                column: "Weekly");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationsDigestDispatches",
                schema: "notifications");

            migrationBuilder.DropTable(
                name: "NotificationsDigestSubscriptions",
                schema: "notifications");
        }
    }
}
