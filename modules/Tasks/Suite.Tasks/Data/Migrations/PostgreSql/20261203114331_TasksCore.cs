using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Suite.Tasks.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TasksCore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TasksCards",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CompanyId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsOpenDeal = table.Column<bool>(type: "boolean", nullable: false),
                    PipelineId = table.Column<Guid>(type: "uuid", nullable: true),
                    StageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    IsDeleted = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksCards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksPeople",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    FullName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Position = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    SupervisorId = table.Column<Guid>(type: "uuid", nullable: true),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Roles = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(800)", maxLength: 800, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksPeople", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskComments",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskComments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TasksTaskParticipants",
                schema: "tasks",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTaskParticipants", x => new { x.TaskId, x.UserId, x.Role });
                });

            migrationBuilder.CreateTable(
                name: "TasksTasks",
                schema: "tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OriginalDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    OverduePublished = table.Column<bool>(type: "boolean", nullable: false),
                    EntityType = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: true),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: true),
                    Checklist = table.Column<string>(type: "text", nullable: false),
                    Recurrence = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SeriesId = table.Column<Guid>(type: "uuid", nullable: true),
                    Result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    SourceKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ModifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TasksTasks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TasksCards_EntityType_OwnerId",
                schema: "tasks",
                table: "TasksCards",
                columns: new[] { "EntityType", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksCards_IsOpenDeal_OwnerId",
                schema: "tasks",
                table: "TasksCards",
                columns: new[] { "IsOpenDeal", "OwnerId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksPeople_IsActive_FullName",
                schema: "tasks",
                table: "TasksPeople",
                columns: new[] { "IsActive", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskComments_TaskId_CreatedAt",
                schema: "tasks",
                table: "TasksTaskComments",
                columns: new[] { "TaskId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTaskParticipants_UserId",
                schema: "tasks",
                table: "TasksTaskParticipants",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_AssigneeId_Status_DueAt",
                schema: "tasks",
                table: "TasksTasks",
                columns: new[] { "AssigneeId", "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_CompletedAt",
                schema: "tasks",
                table: "TasksTasks",
                column: "CompletedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_CreatedBy",
                schema: "tasks",
                table: "TasksTasks",
                column: "CreatedBy");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_EntityType_EntityId",
                schema: "tasks",
                table: "TasksTasks",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_ProjectId",
                schema: "tasks",
                table: "TasksTasks",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_SourceKey",
                schema: "tasks",
                table: "TasksTasks",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TasksTasks_Status_OverduePublished_DueAt",
                schema: "tasks",
                table: "TasksTasks",
                columns: new[] { "Status", "OverduePublished", "DueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TasksCards",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksPeople",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksTaskComments",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksTaskParticipants",
                schema: "tasks");

            migrationBuilder.DropTable(
                name: "TasksTasks",
                schema: "tasks");
        }
    }
}
