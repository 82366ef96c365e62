using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Notifications.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WeeklyDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NotificationsDigestDispatches",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationsDigestDispatches", x => new { x.UserId, x.WeekFrom });
                });

            migrationBuilder.CreateTable(
                name: "NotificationsDigestSubscriptions",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Weekly = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastSentAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationsDigestSubscriptions", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NotificationsDigestSubscriptions_Weekly",
                table: "NotificationsDigestSubscriptions",
                column: "Weekly");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NotificationsDigestDispatches");

            migrationBuilder.DropTable(
                name: "NotificationsDigestSubscriptions");
        }
    }
}
