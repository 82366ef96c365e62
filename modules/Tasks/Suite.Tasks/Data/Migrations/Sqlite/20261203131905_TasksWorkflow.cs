using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Tasks.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TasksWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "TasksTasks",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SeriesContinued",
                table: "TasksTasks",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TasksDealNextTasks",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksDealNextTasks", x => x.DealId);
                });

            migrationBuilder.CreateTable(
                name: "TasksNextStepChecks",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DealsFlagged = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksNextStepChecks", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "TasksProjects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    TriggerEvent = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PipelineId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TitleTemplate = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DescriptionTemplate = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AssignTo = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DueIn = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksProjectMembers",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksProjectMembers", x => new { x.ProjectId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TasksProjectMembers_TasksProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "TasksProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_Recurring_DueAt",
                table: "TasksTasks",
                column: "DueAt",
                filter: "\"Recurrence\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_SeriesId_DueAt",
                table: "TasksTasks",
                columns: new[] { "SeriesId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjectMembers_UserId",
                table: "TasksProjectMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjects_IsArchived_Name",
                table: "TasksProjects",
                columns: new[] { "IsArchived", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjects_OwnerId",
                table: "TasksProjects",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskRules_TriggerEvent_StageId",
                table: "TasksTaskRules",
                columns: new[] { "TriggerEvent", "StageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TasksDealNextTasks");

            migrationBuilder.DropTable(
                name: "TasksNextStepChecks");

            migrationBuilder.DropTable(
                name: "TasksProjectMembers");

            migrationBuilder.DropTable(
                name: "TasksTaskRules");

            migrationBuilder.DropTable(
                name: "TasksProjects");

            migrationBuilder.DropIndex(
                name: "IX_TasksTasks_Recurring_DueAt",
                table: "TasksTasks");

            migrationBuilder.DropIndex(
                name: "IX_TasksTasks_SeriesId_DueAt",
                table: "TasksTasks");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "TasksTasks");

            migrationBuilder.DropColumn(
                name: "SeriesContinued",
                table: "TasksTasks");
        }
    }
}
