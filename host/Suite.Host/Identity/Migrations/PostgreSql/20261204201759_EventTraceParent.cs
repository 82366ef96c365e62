using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Identity.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class EventTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "identity",
                table: "IdentityOutboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                schema: "identity",
                table: "IdentityInboxMessages",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "identity",
                table: "IdentityOutboxMessages");

            migrationBuilder.DropColumn(
                name: "TraceParent",
                schema: "identity",
                table: "IdentityInboxMessages");
        }
    }
}
