using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Settings.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SavedViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SettingsSavedViews",
                schema: "settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    List = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Shared = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsSavedViews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsSavedViews_List_OwnerId",
                schema: "settings",
                table: "SettingsSavedViews",
                columns: new[] { "List", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsSavedViews_List_Shared",
                schema: "settings",
                table: "SettingsSavedViews",
                columns: new[] { "List", "Shared" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettingsSavedViews",
                schema: "settings");
        }
    }
}
