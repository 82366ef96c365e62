using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Notifications.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EventTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "notifications",
                table: "NotificationsOutboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "notifications",
                table: "NotificationsInboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "notifications",
                table: "NotificationsOutboxMessages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "notifications",
                table: "NotificationsInboxMessages");
        }
    }
}
