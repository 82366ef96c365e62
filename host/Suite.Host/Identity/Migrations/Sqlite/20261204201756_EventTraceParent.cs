using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Identity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EventTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "IdentityOutboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "IdentityInboxMessages",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "IdentityOutboxMessages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                table: "IdentityInboxMessages");
        }
    }
}
