using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Host.Settings.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SavedViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SettingsSavedViews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    List = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Shared = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SettingsSavedViews", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsSavedViews_List_OwnerId",
                table: "SettingsSavedViews",
                columns: new[] { "List", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_SettingsSavedViews_List_Shared",
                table: "SettingsSavedViews",
                columns: new[] { "List", "Shared" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SettingsSavedViews");
        }
    }
}
