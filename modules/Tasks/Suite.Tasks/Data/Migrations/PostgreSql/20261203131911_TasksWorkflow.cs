using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Tasks.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TasksWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                schema: "tasks",
                table: "TasksTasks",
                type: "character varying(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SeriesContinued",
                schema: "tasks",
                table: "TasksTasks",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "TasksDealNextTasks",
                schema: "tasks",
                columns: table => new
                {
                    DealId = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksDealNextTasks", x => x.DealId);
                });

            migrationBuilder.CreateTable(
                name: "TasksNextStepChecks",
                schema: "tasks",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    RanAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DealsFlagged = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksNextStepChecks", x => x.Day);
                });

            migrationBuilder.CreateTable(
                name: "TasksProjects",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksProjects", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskRules",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    TriggerEvent = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: true),
                    StageId = table.Column<Guid>(type: "uuid", nullable: true),
                    TitleTemplate = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DescriptionTemplate = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssignTo = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DueIn = table.Column<int>(type: "integer", nullable: false),
                    DueUnit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskRules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksProjectMembers",
                schema: "tasks",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksProjectMembers", x => new { x.ProjectId, x.UserId });
                    table.ForeignKey(
                        name: "FK_TasksProjectMembers_TasksProjects_ProjectId",
                        column: x => x.ProjectId,
                        principalSchema: "tasks",
                        principalTable: "TasksProjects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_Recurring_DueAt",
                schema: "tasks",
                table: "TasksTasks",
                column: "DueAt",
                filter: "\"Recurrence\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_SeriesId_DueAt",
                schema: "tasks",
                table: "TasksTasks",
                columns: new[] { "SeriesId", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjectMembers_UserId",
                schema: "tasks",
                table: "TasksProjectMembers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjects_IsArchived_Name",
                schema: "tasks",
                table: "TasksProjects",
                columns: new[] { "IsArchived", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksProjects_OwnerId",
                schema: "tasks",
                table: "TasksProjects",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskRules_TriggerEvent_StageId",
                schema: "tasks",
                table: "TasksTaskRules",
                columns: new[] { "TriggerEvent", "StageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TasksDealNextTasks",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksNextStepChecks",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksProjectMembers",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksTaskRules",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksProjects",
                schema: "tasks");

            migrationBuilder.DropIndex(
                name: "IX_TasksTasks_Recurring_DueAt",
                schema: "tasks",
                table: "TasksTasks");

            migrationBuilder.DropIndex(
                name: "IX_TasksTasks_SeriesId_DueAt",
                schema: "tasks",
                table: "TasksTasks");

            migrationBuilder.DropColumn(
                name: "SearchText",
                schema: "tasks",
                table: "TasksTasks");

            migrationBuilder.DropColumn(
                name: "SeriesContinued",
                schema: "tasks",
                table: "TasksTasks");
        }
    }
}
